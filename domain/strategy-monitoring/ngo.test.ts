import { describe, expect, it } from 'vitest';
import { parseOrganisationsCsv } from './ngo';

describe('parseOrganisationsCsv', () => {
  it('reads a semicolon CSV with several fields of activity and Polish yes/no', () => {
    const r = parseOrganisationsCsv(
      '\uFEFFname;krs;fields;area;lat;lon;cooperates;published\n' +
        'Stowarzyszenie Razem;0000123456;seniors|culture;Sołectwo A;50,06;19,94;tak;nie\n' +
        'Klub Sportowy;;sport;;;;nie;tak\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]).toEqual({
      line: 2,
      organisation: {
        name: 'Stowarzyszenie Razem',
        krs: '0000123456',
        fields: ['seniors', 'culture'],
        address: null,
        area: 'Sołectwo A',
        lat: 50.06,
        lon: 19.94,
        contact: null,
        cooperates: true,
        published: false,
      },
    });
    expect(r.rows[1]!.organisation).toMatchObject({ krs: null, lat: null, cooperates: false, published: true });
  });

  it('names every bad line and column', () => {
    const r = parseOrganisationsCsv('name,fields,lat,lon,cooperates\n,sport,91,20,tak\nA,culture,50,20,maybe\n');
    expect(r).toEqual({
      ok: false,
      errors: [
        { path: 'line 2.name', message: 'the name is empty' },
        { path: 'line 2.lat', message: '"91" is not a latitude' },
        { path: 'line 3.cooperates', message: '"maybe" is not tak/nie' },
      ],
    });
    expect(parseOrganisationsCsv('nazwa\nx\n')).toMatchObject({ ok: false });
  });
});
