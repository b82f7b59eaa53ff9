export * from './units/bdl';
export * from './units/kinds';
export * from './units/teryt';
export * from './units/text';
export * from './units/units-csv';
export * from './access/authorization';
export * from './groups/service-areas';
