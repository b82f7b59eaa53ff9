// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit by hand:
// change the server's zod schemas and regenerate.
export interface paths {
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness; administrators also see which database and version this instance runs
         * @description Anonymous callers get only { status }: the version and database help an attacker more than a user.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in; sets the httpOnly session cookie */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current session; 200 with user null for an anonymous visitor */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set name and password from an invitation link; logs in */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users with their roles (admins only) */
        get: operations["listUsers"];
        put?: never;
        /** Create a user with a password, or invite one (admins only) */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant a role in a unit, in a group or globally */
        post: operations["assignRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeRole"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search and filter units (JST and imported sets) */
        get: operations["listUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kinds of current units with counts */
        get: operations["listUnitKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit with its parents, children, siblings and history */
        get: operations["getUnit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a unit's public profile (its coordinators and admins) */
        patch: operations["updateUnitProfile"];
        trace?: never;
    };
    "/api/v1/units/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a units CSV (code,name,kind,parent_code) — all or nothing
         * @description Body: the CSV file as text/csv (UTF-8, "," or ";"). Every bad line is reported in error.details as {line, field?, reason}.
         */
        post: operations["importUnits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Boundaries as a GeoJSON FeatureCollection (properties: code, name, kind) */
        get: operations["getMap"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/service-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listServiceAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Benchmarking networks and programmes */
        get: operations["listGroups"];
        put?: never;
        post: operations["createGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getGroup"];
        put?: never;
        post?: never;
        delete: operations["deleteGroup"];
        options?: never;
        head?: never;
        patch: operations["updateGroup"];
        trace?: never;
    };
    "/api/v1/groups/{id}/members/{unitCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["addGroupMember"];
        post?: never;
        delete: operations["removeGroupMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Browse the indicator catalogue (search, filter by area, type, unit kind) */
        get: operations["listIndicators"];
        put?: never;
        /** Add an indicator (network operators); the formula is checked against the variables */
        post: operations["createIndicator"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getIndicator"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateIndicator"];
        trace?: never;
    };
    "/api/v1/variables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Variables: what units report or BDL provides */
        get: operations["listVariables"];
        put?: never;
        post: operations["createVariable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/variables/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getVariable"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateVariable"];
        trace?: never;
    };
    "/api/v1/data-collection/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rounds the caller runs or takes part in */
        get: operations["listRounds"];
        put?: never;
        /** Open a collection round (network operators) */
        post: operations["createRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRound"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/units/{unitCode}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's form: values, previous period, plausibility findings, history */
        get: operations["getRoundForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/units/{unitCode}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a draft of the unit's values (with explanations of warnings) */
        put: operations["saveRoundValues"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/units/{unitCode}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit: refused with PLAUSIBILITY_ERRORS while errors remain, WARNINGS_UNEXPLAINED while a warning has no comment, ROUND_DEADLINE_PASSED after the deadline */
        post: operations["submitRoundForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/units/{unitCode}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted form to the unit with a comment (operators) */
        post: operations["returnRoundForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/units/{unitCode}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["approveRoundForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/units/{unitCode}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let a unit edit after the deadline, until a given time (operators) */
        post: operations["reopenRoundForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Completeness board: units × status, overdue marked */
        get: operations["getRoundBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/board/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The completeness board as CSV or XLSX */
        get: operations["exportRoundBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/rounds/{id}/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue reminders to coordinators of units that have not submitted (sent when SMTP is set) */
        post: operations["remindRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Queued and sent messages (operators) */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import values from CSV or XLSX (long: unit_code,variable_code,period,value; or wide) — dry run or all-or-nothing commit
         * @description Body: the file (text/csv or XLSX). Problems come back in error.details as {row, column, reason}.
         */
        post: operations["importValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-collection/bdl-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a variable from the GUS BDL API (operators) */
        post: operations["importBdl"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's indicator values by period (from approved data), with the reason where there is no value */
        get: operations["getUnitIndicatorValues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/values/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who changed which value of a unit when, with provenance */
        get: operations["getValueHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/benchmarking/units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's indicators with its peer group's statistics and its position (default peers: units of its kind) */
        get: operations["getUnitBenchmark"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/benchmarking/units/{code}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's benchmark report as PDF (charts, Polish typography) or XLSX (unrounded statistics) */
        get: operations["getUnitBenchmarkReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/benchmarking/indicators/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An indicator's distribution in a peer group (default: all units it applies to) with every unit's value and position */
        get: operations["getIndicatorBenchmark"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/benchmarking/neighbours/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nearest neighbours (CIPFA-style: standardised structural variables, weighted Euclidean distance) with each variable's contribution */
        get: operations["getNeighbours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/benchmarking/dea": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Data envelopment analysis (CCR/BCC, input/output orientation) over catalogue indicators; units lacking a value > 0 are listed as excluded */
        post: operations["runDea"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/benchmarking/composite": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A composite index of catalogue indicators (polarity-aware) with ranks and, optionally, rank intervals from random weight perturbations */
        post: operations["buildComposite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Survey templates (newest version of each) */
        get: operations["listSurveyTemplates"];
        put?: never;
        /** Create a template (operators); TEMPLATE_INVALID lists the problems in details */
        post: operations["createSurveyTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A template: SurveyJS form plus scoring metadata */
        get: operations["getSurveyTemplate"];
        /** Edit a template; a changed form or scoring needs a higher version; shipped templates are read-only */
        put: operations["updateSurveyTemplate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-templates/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a template (survey-core loads the form, metadata matches it); writes nothing */
        post: operations["validateSurveyTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-templates/{id}/unit-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units compared on one template: per unit the latest closed wave in the range, estimate and 95% interval */
        get: operations["compareSurveyUnits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-waves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Waves the caller may see */
        get: operations["listSurveyWaves"];
        put?: never;
        /** Open a wave: unit, template, window, optional population, repeat rule and minimum n */
        post: operations["createSurveyWave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-waves/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSurveyWave"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a wave; close it early by setting closesAt to now. A closed wave's dates are final (WAVE_CLOSED) */
        patch: operations["updateSurveyWave"];
        trace?: never;
    };
    "/api/v1/survey-waves/{id}/next": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Prepare the next wave of the repeat rule (same unit and template version, dates moved by N months) */
        post: operations["prepareNextSurveyWave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-waves/{id}/invitation-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Generate single-use invitation codes; once a wave has codes, answers need one */
        post: operations["issueSurveyInvitationCodes"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-waves/{id}/invitation-codes.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitation codes as CSV (code, used) */
        get: operations["exportSurveyInvitationCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-waves/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per question distribution, n, mean and top-2-box with 95% intervals; dimensions; headline; response rate and margin of error. Cells under the minimum n are suppressed */
        get: operations["getSurveyWaveResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-waves/{id}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Two waves of one template version: difference in pp with Newcombe interval, two-proportion z-test, p-value and label */
        get: operations["compareSurveyWaves"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-waves/{id}/free-text": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Free-text answers, hidden ones marked */
        get: operations["listSurveyFreeText"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-waves/{id}/free-text/{answerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Hide (or show again) a free-text answer; hidden text leaves results and exports */
        patch: operations["setSurveyFreeTextHidden"];
        trace?: never;
    };
    "/api/v1/survey-waves/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anonymised raw answers (csv, xlsx: random row order, the day only, hidden text blank) or the PDF report with charts */
        get: operations["exportSurveyWave"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The respondents' page: status, window, the form; no login */
        get: operations["getPublicSurvey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/surveys/{token}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit an anonymous answer. 201 stored; 200 a replay of an Idempotency-Key already stored (nothing stored twice)
         * @description Errors: 400 VALIDATION_FAILED (details: [{ path: "answers.<question>", code, message }]), INVITATION_CODE_REQUIRED, INVITATION_CODE_INVALID; 404 SURVEY_NOT_FOUND; 409 WAVE_NOT_OPEN, WAVE_CLOSED, INVITATION_CODE_USED; 413 PAYLOAD_TOO_LARGE; 429 TOO_MANY_REQUESTS. Nothing is stored on any error.
         */
        post: operations["submitSurveyResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-assessment/frameworks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessment frameworks shipped as data (CAF 2020, EFQM) */
        get: operations["listFrameworks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-assessment/frameworks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A framework's whole structure: kinds, criteria and subcriteria with titles and examples, scoring modes, panels and bands */
        get: operations["getFramework"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-assessment/frameworks/{id}/unit-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Latest closed totals of units under a framework — indicative, suppressed below 5 units */
        get: operations["compareUnitsAssessments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUnitAssessments"];
        put?: never;
        /** Start a self-assessment round (the unit's coordinators) */
        post: operations["createAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/assessments/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All closed rounds of a unit under a framework: totals and criteria over time */
        get: operations["compareAssessmentRounds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the self-assessment group (before consensus; leader or the unit's coordinators) */
        put: operations["setAssessmentMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/my-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's own individual scores (members only) */
        get: operations["getMyScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/my-scores/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save one individual score with evidence; SCORE_INVALID names the subcriterion; 409 once submitted or after scoring */
        put: operations["saveMyScore"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/my-scores/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the individual assessment; SCORES_INCOMPLETE lists unscored items */
        post: operations["submitMyScores"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/consensus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open consensus (leader); CONSENSUS_NOT_READY lists who has not submitted unless overridden with a reason */
        post: operations["openConsensus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/spread": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Individual scores per item with min/max/median, largest disagreement first (group and coordinators, once consensus is open) */
        get: operations["getAssessmentSpread"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/consensus/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the agreed score and evidence of an item (leader) */
        put: operations["saveConsensusScore"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the round (leader); CONSENSUS_INCOMPLETE lists items without an agreed score; afterwards every change is ASSESSMENT_CLOSED */
        post: operations["closeAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consensus results: criteria (0–100), total (CAF 0–900) and average (0–100), change since the previous round */
        get: operations["getAssessmentResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessments/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results as PDF (with the radar chart) or XLSX */
        get: operations["getAssessmentReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plans of a unit or a group; without either, the plans of the caller's units and groups */
        get: operations["listImprovementPlans"];
        put?: never;
        /** Start a plan of a unit (its coordinators and members) or of a group (its operators) */
        post: operations["createImprovementPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A plan with its actions (priority, schedule, overdue flag, progress history), counts by status */
        get: operations["getImprovementPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateImprovementPlan"];
        trace?: never;
    };
    "/api/v1/improvement-plans/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an action; from a CAF area for improvement, a benchmark gap (linked to its indicator), a survey result or free */
        post: operations["createImprovementAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-plans/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The plan's actions as CSV or XLSX */
        get: operations["exportImprovementPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteImprovementAction"];
        options?: never;
        head?: never;
        patch: operations["updateImprovementAction"];
        trace?: never;
    };
    "/api/v1/improvement-actions/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A dated progress note; status and progress given here become the action's current ones */
        post: operations["addImprovementActionUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/improvement-actions/{id}/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Did the linked indicator move more than the peer group's? Difference-in-differences on the peer median, judged against the peers' spread */
        get: operations["getImprovementActionEffect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/strategies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit's development strategies (its people, global operators, its groups' operators) */
        get: operations["listUnitStrategies"];
        put?: never;
        /** Start a strategy of the unit (its coordinators and members) */
        post: operations["createUnitStrategy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A strategy with its goal tree */
        get: operations["getStrategy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, period, status (adopted needs the resolution number and date), document, thresholds */
        patch: operations["updateStrategy"];
        trace?: never;
    };
    "/api/v1/strategies/{id}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a goal (strategic → operational → direction of action, at most three levels) */
        post: operations["createStrategyGoal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a measure to a goal: a catalogue indicator or a strategy-only one; a baseline without a value takes the stored one */
        post: operations["createStrategyMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{id}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every measure for a period (default: the latest with a value): baseline, target, actual, progress (fraction), expected, on-track ratio, light, category; goals rolled up */
        get: operations["getStrategyMonitoring"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monitoring report: PDF (charts), XLSX (unrounded numbers) or DOCX (for editing in Word) */
        get: operations["getStrategyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{id}/publications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish (or withdraw) the monitoring report of a period: the public sees only published reports */
        post: operations["publishStrategyReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategy-measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A measure with its series, trajectory (baseline → milestones → target, expected path, peers’ median) and peer context */
        get: operations["getStrategyMeasure"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a measure’s goal, baseline, target, milestones, responsible person or weight */
        patch: operations["updateStrategyMeasure"];
        trace?: never;
    };
    "/api/v1/strategy-measures/{id}/values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Enter (or with null remove) a value of a strategy-only indicator, through the value store with provenance */
        put: operations["putStrategyMeasureValue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategy-measures/{id}/comment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The unit's comment on a measure for a reporting period (printed in the report) */
        put: operations["putStrategyMeasureComment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Self-evaluation of the monitoring system: checklist, yearly answers, current coverage of baselines, targets, data */
        get: operations["listStrategyEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/strategies/{id}/evaluations/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Record the self-evaluation of a year (coverage is captured from the current data) */
        put: operations["putStrategyEvaluation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/ngos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit's NGO register with counts per field of activity and per sub-gmina area */
        get: operations["listUnitNgos"];
        put?: never;
        /** Add an organisation to the register */
        post: operations["createUnitNgo"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/ngos/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import organisations from CSV (name,krs,fields,address,area,lat,lon,contact,cooperates,published); all or nothing */
        post: operations["importUnitNgos"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ngos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an organisation from the register */
        delete: operations["deleteNgo"];
        options?: never;
        head?: never;
        /** Change an organisation (publish it: published entries are public) */
        patch: operations["updateNgo"];
        trace?: never;
    };
    "/api/v1/public/strategies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A strategy with its published monitoring reports (404 when none is published) */
        get: operations["getPublicStrategy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/strategies/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published monitoring report (PDF, XLSX or DOCX); 404 when the period is not published */
        get: operations["getPublicStrategyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/units/{code}/ngos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The unit's published NGO register entries */
        get: operations["listPublicUnitNgos"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network-programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programmes of benchmarking networks (e.g. GWD 2011–2012) */
        get: operations["listNetworkProgrammes"];
        put?: never;
        post: operations["createNetworkProgramme"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network-programmes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getNetworkProgramme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateNetworkProgramme"];
        trace?: never;
    };
    "/api/v1/network-programmes/{id}/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a group in the programme, or attach an existing one */
        post: operations["addNetworkProgrammeGroup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/network": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group as a network: programme, members with delegates, indicator set, cycles, meetings */
        get: operations["getGroupNetwork"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/indicator-set": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["setGroupIndicatorSet"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/delegates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A member unit's delegate to the group's meetings (strategic / middle / operational) */
        post: operations["addGroupDelegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network-delegates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["removeGroupDelegate"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network-delegates/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meetings of a delegate's group as iCalendar */
        get: operations["getDelegateCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The group's meetings as iCalendar */
        get: operations["getGroupCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["createNetworkCycle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network-cycles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateNetworkCycle"];
        trace?: never;
    };
    "/api/v1/network-cycles/{id}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per member unit: data, surveys, plan and actions of the cycle */
        get: operations["getNetworkCycleBoard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/meetings/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose quarterly meeting dates with the host rotating over the members (saves nothing) */
        post: operations["proposeMeetingSchedule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save meetings (e.g. an edited schedule proposal) */
        post: operations["createMeetings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMeeting"];
        put?: never;
        post?: never;
        delete: operations["deleteMeeting"];
        options?: never;
        head?: never;
        /** Date, host, address, agenda, documents, minutes (Markdown) */
        patch: operations["updateMeeting"];
        trace?: never;
    };
    "/api/v1/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["setMeetingAttendance"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An agreed action: who (a member unit and a person), what, by when */
        post: operations["addMeetingAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meeting-actions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateMeetingAction"];
        trace?: never;
    };
    "/api/v1/meeting-actions/{id}/to-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an agreed action to its unit's improvement plan (created when missing), keeping the link */
        post: operations["sendMeetingActionToPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/pack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The meeting pack as PDF or XLSX, from the values approved as of a date (reproducible) */
        get: operations["getMeetingPack"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/pack/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The numbers of the meeting pack as JSON */
        get: operations["getMeetingPackData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{code}/decision-cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Case-level decision-quality import: the unit's period figures computed and written to the value store
         * @description CSV or XLSX, one row per case: case_ref (optional), category (civil-registry | local-taxes | construction | social-benefits | spatial-planning | environment | roads | other), initiated_on, decided_on (YYYY-MM-DD), excluded_days (art. 35 § 5 KPA, default 0), term (1m | 2m | <n>d), appeal_outcome (none | pending | upheld | reversed | reversed-discontinued | remitted | annulled | appeal-discontinued | inadmissible, default none). All or nothing; problems in error.details as {row, column, reason}.
         */
        post: operations["importDecisionCases"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/decision-quality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Decision-quality comparison of the group (METHODS §7) */
        get: operations["getGroupDecisionQuality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/decision-quality/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a data-collection round of the decision-quality variables for the group (the round template) */
        post: operations["openDecisionQualityRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/groups/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listGroupComments"];
        put?: never;
        /** A question or reply on an indicator of the group for a period (visible to the group only) */
        post: operations["addGroupComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/network-comments/{id}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pin a question to a meeting's agenda (default the next meeting) */
        post: operations["pinGroupComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the good-practice bank (Polish inflections and diacritics folded), with facet counts; anonymous callers see published entries */
        get: operations["searchGoodPractices"];
        put?: never;
        /** Draft a good practice of one's unit (coordinators and members) */
        post: operations["createGoodPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose as a good practice: a draft from an improvement action that improved more than its peers; the draft keeps the link (201 new, 200 already proposed) */
        post: operations["proposeGoodPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import practice descriptions from CSV or XLSX (title, unit, service_area, problem, solution, results, lessons, year, tags, source_url); all or nothing, every bad row listed */
        post: operations["importGoodPractices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/feed.atom": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Atom feed of newly published good practices (?format=rss for RSS 2.0) */
        get: operations["goodPracticesFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entry: the published version for the public (404 until published), the working copy for its unit's people and curators */
        get: operations["getGoodPractice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit an entry of one's unit; editing a published one starts a new version (re-moderated) */
        patch: operations["updateGoodPractice"];
        trace?: never;
    };
    "/api/v1/practices/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a draft for moderation (the entry's unit) */
        post: operations["submitGoodPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish the submitted version (curators: network operators) */
        post: operations["publishGoodPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm that the published practice is still in use (the yearly question) */
        post: operations["confirmGoodPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return a submitted entry to its unit with comments (curators) */
        post: operations["returnGoodPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listGoodPracticeVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A published version as it was published */
        get: operations["getGoodPracticeVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Evidence from data: for each linked indicator the unit's series, the peers' median series and the improvement-plan effect check's verdict; the grade from them */
        get: operations["getGoodPracticeEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "We adopted this practice": the adopting unit's people record the date and what they changed */
        post: operations["adoptGoodPractice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/adoptions/{adoptionId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The adopter's own evidence: the practice's indicators for the adopting unit, from the year it adopted */
        get: operations["getGoodPracticeAdoptionEvidence"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a PDF or image (application/octet-stream body, at most 5 MiB); the type is read from the content */
        post: operations["addGoodPracticeAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practices/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getGoodPracticeAttachment"];
        put?: never;
        post?: never;
        delete: operations["deleteGoodPracticeAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit log of data changes (admins only) */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's start page: setup checklist (administrators, operators) and my units */
        get: operations["getStart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                        /** @enum {string} */
                        database?: "pglite" | "postgresql";
                        version?: string;
                    };
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                            name: string;
                            locale: string;
                            isAdmin: boolean;
                            roles: {
                                id: number;
                                /** @enum {string} */
                                role: "admin" | "network-operator" | "unit-coordinator" | "unit-member" | "group-moderator" | "juror";
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                group: {
                                    id: number;
                                    name: string;
                                } | null;
                            }[];
                        };
                        /** @description Send it back as the x-csrf-token header on every POST/PUT/PATCH/DELETE */
                        csrfToken: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description null when nobody is logged in */
                        user: {
                            id: string;
                            email: string;
                            name: string;
                            locale: string;
                            isAdmin: boolean;
                            roles: {
                                id: number;
                                /** @enum {string} */
                                role: "admin" | "network-operator" | "unit-coordinator" | "unit-member" | "group-moderator" | "juror";
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                group: {
                                    id: number;
                                    name: string;
                                } | null;
                            }[];
                        } | null;
                        /** @description null when nobody is logged in */
                        csrfToken: string | null;
                    };
                };
            };
        };
    };
    acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                    name: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                            name: string;
                            locale: string;
                            isAdmin: boolean;
                            roles: {
                                id: number;
                                /** @enum {string} */
                                role: "admin" | "network-operator" | "unit-coordinator" | "unit-member" | "group-moderator" | "juror";
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                group: {
                                    id: number;
                                    name: string;
                                } | null;
                            }[];
                        };
                        /** @description Send it back as the x-csrf-token header on every POST/PUT/PATCH/DELETE */
                        csrfToken: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "invited" | "disabled";
                            roles: {
                                id: number;
                                /** @enum {string} */
                                role: "admin" | "network-operator" | "unit-coordinator" | "unit-member" | "group-moderator" | "juror";
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                group: {
                                    id: number;
                                    name: string;
                                } | null;
                            }[];
                            createdAt: string;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    name: string;
                    /** @description Omit to create an invitation link instead */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        user: {
                            id: string;
                            email: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "invited" | "disabled";
                            roles: {
                                id: number;
                                /** @enum {string} */
                                role: "admin" | "network-operator" | "unit-coordinator" | "unit-member" | "group-moderator" | "juror";
                                unit: {
                                    code: string;
                                    name: string;
                                } | null;
                                group: {
                                    id: number;
                                    name: string;
                                } | null;
                            }[];
                            createdAt: string;
                        };
                        invitationUrl: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    assignRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description admin, network-operator, unit-coordinator, unit-member, group-moderator, juror
                     * @enum {string}
                     */
                    role: "admin" | "network-operator" | "unit-coordinator" | "unit-member" | "group-moderator" | "juror";
                    /** @description For roles held in a unit */
                    unitCode?: string;
                    /** @description For roles held in a group */
                    groupId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        /** @enum {string} */
                        role: "admin" | "network-operator" | "unit-coordinator" | "unit-member" | "group-moderator" | "juror";
                        unit: {
                            code: string;
                            name: string;
                        } | null;
                        group: {
                            id: number;
                            name: string;
                        } | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    revokeRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                roleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listUnits: {
        parameters: {
            query?: {
                /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                kind?: string;
                /** @description Only direct children of this unit */
                parent?: string;
                /** @description Only units anywhere below this unit */
                within?: string;
                /** @description Search in names (diacritics folded: "lodz" finds "Łódź") and code prefixes */
                q?: string;
                /** @description Also units whose code is no longer valid */
                includeHistorical?: "true" | "false";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listUnitKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            kind: string;
                            count: number;
                        }[];
                    };
                };
            };
        };
    };
    getUnit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                        kind: string;
                        parentCode: string | null;
                        parentName: string | null;
                        /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                        validFrom: string | null;
                        /** @description First register state without this code; null = current unit */
                        validTo: string | null;
                        /** @enum {string} */
                        source: "teryt" | "csv";
                        /** @description From the top of the hierarchy down */
                        ancestors: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        children: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        /** @description Current units with the same parent */
                        siblings: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        predecessors: {
                            unit: {
                                code: string;
                                name: string;
                                /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                                kind: string;
                                parentCode: string | null;
                                parentName: string | null;
                                /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                                validFrom: string | null;
                                /** @description First register state without this code; null = current unit */
                                validTo: string | null;
                                /** @enum {string} */
                                source: "teryt" | "csv";
                            };
                            /** @enum {string} */
                            kind: "type-change" | "merged-into" | "split-into" | "renamed";
                            date: string | null;
                            note: string | null;
                        }[];
                        successors: {
                            unit: {
                                code: string;
                                name: string;
                                /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                                kind: string;
                                parentCode: string | null;
                                parentName: string | null;
                                /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                                validFrom: string | null;
                                /** @description First register state without this code; null = current unit */
                                validTo: string | null;
                                /** @enum {string} */
                                source: "teryt" | "csv";
                            };
                            /** @enum {string} */
                            kind: "type-change" | "merged-into" | "split-into" | "renamed";
                            date: string | null;
                            note: string | null;
                        }[];
                        hasGeometry: boolean;
                        /** @description terytType (RODZ) and terytLabel (NAZWA_DOD) for TERYT units */
                        attributes: {
                            [key: string]: string;
                        };
                        profile: {
                            description: string | null;
                            website: string | null;
                            email: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateUnitProfile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string | null;
                    website?: string | "" | null;
                    email?: string | "" | null;
                    phone?: string | "" | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        name: string;
                        /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                        kind: string;
                        parentCode: string | null;
                        parentName: string | null;
                        /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                        validFrom: string | null;
                        /** @description First register state without this code; null = current unit */
                        validTo: string | null;
                        /** @enum {string} */
                        source: "teryt" | "csv";
                        /** @description From the top of the hierarchy down */
                        ancestors: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        children: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        /** @description Current units with the same parent */
                        siblings: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        predecessors: {
                            unit: {
                                code: string;
                                name: string;
                                /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                                kind: string;
                                parentCode: string | null;
                                parentName: string | null;
                                /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                                validFrom: string | null;
                                /** @description First register state without this code; null = current unit */
                                validTo: string | null;
                                /** @enum {string} */
                                source: "teryt" | "csv";
                            };
                            /** @enum {string} */
                            kind: "type-change" | "merged-into" | "split-into" | "renamed";
                            date: string | null;
                            note: string | null;
                        }[];
                        successors: {
                            unit: {
                                code: string;
                                name: string;
                                /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                                kind: string;
                                parentCode: string | null;
                                parentName: string | null;
                                /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                                validFrom: string | null;
                                /** @description First register state without this code; null = current unit */
                                validTo: string | null;
                                /** @enum {string} */
                                source: "teryt" | "csv";
                            };
                            /** @enum {string} */
                            kind: "type-change" | "merged-into" | "split-into" | "renamed";
                            date: string | null;
                            note: string | null;
                        }[];
                        hasGeometry: boolean;
                        /** @description terytType (RODZ) and terytLabel (NAZWA_DOD) for TERYT units */
                        attributes: {
                            [key: string]: string;
                        };
                        profile: {
                            description: string | null;
                            website: string | null;
                            email: string | null;
                            phone: string | null;
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    importUnits: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        created: number;
                        updated: number;
                        total: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getMap: {
        parameters: {
            query: {
                level: "voivodeship" | "county" | "municipality";
                /** @description Only features of units below this unit */
                within?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "FeatureCollection";
                        features: {
                            /** @enum {string} */
                            type: "Feature";
                            properties: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            geometry: unknown;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listServiceAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                        }[];
                    };
                };
            };
        };
    };
    listGroups: {
        parameters: {
            query?: {
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            description: string | null;
                            serviceArea: string;
                            /** @enum {string} */
                            kind: "network" | "programme";
                            /** @description Demo data, not a real network */
                            isDemo: boolean;
                            memberCount: number;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createGroup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    description?: string | null;
                    /** @enum {string} */
                    serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                    /** @enum {string} */
                    kind: "network" | "programme";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        description: string | null;
                        serviceArea: string;
                        /** @enum {string} */
                        kind: "network" | "programme";
                        /** @description Demo data, not a real network */
                        isDemo: boolean;
                        memberCount: number;
                        members: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        moderators: {
                            userId: string;
                            name: string;
                            email: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        description: string | null;
                        serviceArea: string;
                        /** @enum {string} */
                        kind: "network" | "programme";
                        /** @description Demo data, not a real network */
                        isDemo: boolean;
                        memberCount: number;
                        members: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        moderators: {
                            userId: string;
                            name: string;
                            email: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    deleteGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    description?: string | null;
                    /** @enum {string} */
                    serviceArea?: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                    /** @enum {string} */
                    kind?: "network" | "programme";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        description: string | null;
                        serviceArea: string;
                        /** @enum {string} */
                        kind: "network" | "programme";
                        /** @description Demo data, not a real network */
                        isDemo: boolean;
                        memberCount: number;
                        members: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        }[];
                        moderators: {
                            userId: string;
                            name: string;
                            email: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    addGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    removeGroupMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listIndicators: {
        parameters: {
            query?: {
                q?: string;
                area?: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                type?: "input" | "output" | "outcome" | "efficiency" | "quality" | "context";
                unitKind?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            definition: {
                                pl: string;
                                en: string;
                            };
                            /** @description Expression over variable codes: numbers, + - * /, parentheses, min(), max(), abs(), sqrt(), ln() */
                            formula: string;
                            unit: string;
                            decimals: number;
                            /** @enum {string} */
                            polarity: "higher-is-better" | "lower-is-better" | "neutral";
                            /** @description input, output, outcome, efficiency, quality, context */
                            type: string;
                            /** @description education, roads, health, social-assistance, administration, finance, culture, environment, transport, housing, public-safety, other */
                            area: string;
                            unitKinds: string[];
                            source: {
                                pl: string;
                                en: string;
                            };
                            /** @description Part of the shipped model set */
                            isShipped: boolean;
                            /** @description Variables the formula uses */
                            variables: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                            }[];
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    names: {
                        pl: string;
                        en: string;
                    };
                    definition: {
                        pl: string;
                        en: string;
                    };
                    formula: string;
                    unit: string;
                    decimals: number;
                    /** @enum {string} */
                    polarity: "higher-is-better" | "lower-is-better" | "neutral";
                    /** @enum {string} */
                    type: "input" | "output" | "outcome" | "efficiency" | "quality" | "context";
                    /** @enum {string} */
                    area: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                    unitKinds: string[];
                    source: {
                        pl: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        names: {
                            pl: string;
                            en: string;
                        };
                        definition: {
                            pl: string;
                            en: string;
                        };
                        /** @description Expression over variable codes: numbers, + - * /, parentheses, min(), max(), abs(), sqrt(), ln() */
                        formula: string;
                        unit: string;
                        decimals: number;
                        /** @enum {string} */
                        polarity: "higher-is-better" | "lower-is-better" | "neutral";
                        /** @description input, output, outcome, efficiency, quality, context */
                        type: string;
                        /** @description education, roads, health, social-assistance, administration, finance, culture, environment, transport, housing, public-safety, other */
                        area: string;
                        unitKinds: string[];
                        source: {
                            pl: string;
                            en: string;
                        };
                        /** @description Part of the shipped model set */
                        isShipped: boolean;
                        /** @description Variables the formula uses */
                        variables: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        names: {
                            pl: string;
                            en: string;
                        };
                        definition: {
                            pl: string;
                            en: string;
                        };
                        /** @description Expression over variable codes: numbers, + - * /, parentheses, min(), max(), abs(), sqrt(), ln() */
                        formula: string;
                        unit: string;
                        decimals: number;
                        /** @enum {string} */
                        polarity: "higher-is-better" | "lower-is-better" | "neutral";
                        /** @description input, output, outcome, efficiency, quality, context */
                        type: string;
                        /** @description education, roads, health, social-assistance, administration, finance, culture, environment, transport, housing, public-safety, other */
                        area: string;
                        unitKinds: string[];
                        source: {
                            pl: string;
                            en: string;
                        };
                        /** @description Part of the shipped model set */
                        isShipped: boolean;
                        /** @description Variables the formula uses */
                        variables: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateIndicator: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names?: {
                        pl: string;
                        en: string;
                    };
                    definition?: {
                        pl: string;
                        en: string;
                    };
                    formula?: string;
                    unit?: string;
                    decimals?: number;
                    /** @enum {string} */
                    polarity?: "higher-is-better" | "lower-is-better" | "neutral";
                    /** @enum {string} */
                    type?: "input" | "output" | "outcome" | "efficiency" | "quality" | "context";
                    /** @enum {string} */
                    area?: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                    unitKinds?: string[];
                    source?: {
                        pl: string;
                        en: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        names: {
                            pl: string;
                            en: string;
                        };
                        definition: {
                            pl: string;
                            en: string;
                        };
                        /** @description Expression over variable codes: numbers, + - * /, parentheses, min(), max(), abs(), sqrt(), ln() */
                        formula: string;
                        unit: string;
                        decimals: number;
                        /** @enum {string} */
                        polarity: "higher-is-better" | "lower-is-better" | "neutral";
                        /** @description input, output, outcome, efficiency, quality, context */
                        type: string;
                        /** @description education, roads, health, social-assistance, administration, finance, culture, environment, transport, housing, public-safety, other */
                        area: string;
                        unitKinds: string[];
                        source: {
                            pl: string;
                            en: string;
                        };
                        /** @description Part of the shipped model set */
                        isShipped: boolean;
                        /** @description Variables the formula uses */
                        variables: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listVariables: {
        parameters: {
            query?: {
                q?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            source: string;
                            /** @enum {string} */
                            periodicity: "year" | "half" | "quarter";
                            description: {
                                pl: string;
                                en: string;
                            };
                            plausibility: {
                                [key: string]: unknown;
                            } | null;
                            bdl: {
                                [key: string]: unknown;
                            } | null;
                            isShipped: boolean;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createVariable: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                    names: {
                        pl: string;
                        en: string;
                    };
                    unit: string;
                    source: string;
                    /** @enum {string} */
                    periodicity: "year" | "half" | "quarter";
                    description: {
                        pl: string;
                        en: string;
                    };
                    plausibility?: {
                        nonNegative?: boolean;
                        ranges?: {
                            unitKinds?: string[];
                            min?: number;
                            max?: number;
                            /** @enum {string} */
                            severity: "error" | "warning";
                        }[];
                        yearOnYear?: {
                            maxRelativeChange: number;
                            /** @enum {string} */
                            severity: "error" | "warning";
                        };
                        peerOutlier?: {
                            threshold: number;
                            /** @enum {string} */
                            severity: "error" | "warning";
                        };
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        names: {
                            pl: string;
                            en: string;
                        };
                        unit: string;
                        source: string;
                        /** @enum {string} */
                        periodicity: "year" | "half" | "quarter";
                        description: {
                            pl: string;
                            en: string;
                        };
                        plausibility: {
                            [key: string]: unknown;
                        } | null;
                        bdl: {
                            [key: string]: unknown;
                        } | null;
                        isShipped: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getVariable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        names: {
                            pl: string;
                            en: string;
                        };
                        unit: string;
                        source: string;
                        /** @enum {string} */
                        periodicity: "year" | "half" | "quarter";
                        description: {
                            pl: string;
                            en: string;
                        };
                        plausibility: {
                            [key: string]: unknown;
                        } | null;
                        bdl: {
                            [key: string]: unknown;
                        } | null;
                        isShipped: boolean;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateVariable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    names?: {
                        pl: string;
                        en: string;
                    };
                    unit?: string;
                    source?: string;
                    /** @enum {string} */
                    periodicity?: "year" | "half" | "quarter";
                    description?: {
                        pl: string;
                        en: string;
                    };
                    plausibility?: {
                        nonNegative?: boolean;
                        ranges?: {
                            unitKinds?: string[];
                            min?: number;
                            max?: number;
                            /** @enum {string} */
                            severity: "error" | "warning";
                        }[];
                        yearOnYear?: {
                            maxRelativeChange: number;
                            /** @enum {string} */
                            severity: "error" | "warning";
                        };
                        peerOutlier?: {
                            threshold: number;
                            /** @enum {string} */
                            severity: "error" | "warning";
                        };
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        names: {
                            pl: string;
                            en: string;
                        };
                        unit: string;
                        source: string;
                        /** @enum {string} */
                        periodicity: "year" | "half" | "quarter";
                        description: {
                            pl: string;
                            en: string;
                        };
                        plausibility: {
                            [key: string]: unknown;
                        } | null;
                        bdl: {
                            [key: string]: unknown;
                        } | null;
                        isShipped: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listRounds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            period: string;
                            deadline: string;
                            groupId: number | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            createdAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description 2024, 2024-H1 or 2024-Q3 */
                    period: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 with offset
                     */
                    deadline: string;
                    variableCodes: string[];
                    unitCodes?: string[];
                    groupId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        period: string;
                        deadline: string;
                        groupId: number | null;
                        /** @enum {string} */
                        status: "open" | "closed";
                        createdAt: string;
                        canManage: boolean;
                        variables: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                        }[];
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                            status: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        period: string;
                        deadline: string;
                        groupId: number | null;
                        /** @enum {string} */
                        status: "open" | "closed";
                        createdAt: string;
                        canManage: boolean;
                        variables: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                        }[];
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                            status: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getRoundForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: {
                            id: number;
                            name: string;
                            period: string;
                            deadline: string;
                            groupId: number | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            createdAt: string;
                        };
                        unit: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        };
                        /** @enum {string} */
                        status: "not-started" | "draft" | "submitted" | "returned" | "approved";
                        reopenedUntil: string | null;
                        editable: boolean;
                        notEditableReason: string | null;
                        fields: {
                            variable: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                description: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            value: number | null;
                            previousValue: number | null;
                            comment: string | null;
                            provenance: {
                                [key: string]: unknown;
                            } | null;
                            findings: {
                                /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                                check: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                variableCode: string | null;
                                variables: string[];
                                ruleId?: string;
                                /** @description For rule findings: the rule's message */
                                ruleMessage?: {
                                    pl: string;
                                    en: string;
                                };
                                /** @description Short English text with the numbers (fallback) */
                                message: string;
                                details: {
                                    [key: string]: number;
                                };
                            }[];
                        }[];
                        findings: {
                            /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                            check: string;
                            /** @enum {string} */
                            severity: "error" | "warning";
                            variableCode: string | null;
                            variables: string[];
                            ruleId?: string;
                            /** @description For rule findings: the rule's message */
                            ruleMessage?: {
                                pl: string;
                                en: string;
                            };
                            /** @description Short English text with the numbers (fallback) */
                            message: string;
                            details: {
                                [key: string]: number;
                            };
                        }[];
                        history: {
                            action: string;
                            at: string;
                            comment: string | null;
                            actor: {
                                id: string;
                                email: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    saveRoundValues: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: {
                        variableCode: string;
                        /** @description null removes the value */
                        value: number | null;
                        /** @description Explanation of a plausibility warning */
                        comment?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: {
                            id: number;
                            name: string;
                            period: string;
                            deadline: string;
                            groupId: number | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            createdAt: string;
                        };
                        unit: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        };
                        /** @enum {string} */
                        status: "not-started" | "draft" | "submitted" | "returned" | "approved";
                        reopenedUntil: string | null;
                        editable: boolean;
                        notEditableReason: string | null;
                        fields: {
                            variable: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                description: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            value: number | null;
                            previousValue: number | null;
                            comment: string | null;
                            provenance: {
                                [key: string]: unknown;
                            } | null;
                            findings: {
                                /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                                check: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                variableCode: string | null;
                                variables: string[];
                                ruleId?: string;
                                /** @description For rule findings: the rule's message */
                                ruleMessage?: {
                                    pl: string;
                                    en: string;
                                };
                                /** @description Short English text with the numbers (fallback) */
                                message: string;
                                details: {
                                    [key: string]: number;
                                };
                            }[];
                        }[];
                        findings: {
                            /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                            check: string;
                            /** @enum {string} */
                            severity: "error" | "warning";
                            variableCode: string | null;
                            variables: string[];
                            ruleId?: string;
                            /** @description For rule findings: the rule's message */
                            ruleMessage?: {
                                pl: string;
                                en: string;
                            };
                            /** @description Short English text with the numbers (fallback) */
                            message: string;
                            details: {
                                [key: string]: number;
                            };
                        }[];
                        history: {
                            action: string;
                            at: string;
                            comment: string | null;
                            actor: {
                                id: string;
                                email: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    submitRoundForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: {
                            id: number;
                            name: string;
                            period: string;
                            deadline: string;
                            groupId: number | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            createdAt: string;
                        };
                        unit: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        };
                        /** @enum {string} */
                        status: "not-started" | "draft" | "submitted" | "returned" | "approved";
                        reopenedUntil: string | null;
                        editable: boolean;
                        notEditableReason: string | null;
                        fields: {
                            variable: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                description: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            value: number | null;
                            previousValue: number | null;
                            comment: string | null;
                            provenance: {
                                [key: string]: unknown;
                            } | null;
                            findings: {
                                /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                                check: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                variableCode: string | null;
                                variables: string[];
                                ruleId?: string;
                                /** @description For rule findings: the rule's message */
                                ruleMessage?: {
                                    pl: string;
                                    en: string;
                                };
                                /** @description Short English text with the numbers (fallback) */
                                message: string;
                                details: {
                                    [key: string]: number;
                                };
                            }[];
                        }[];
                        findings: {
                            /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                            check: string;
                            /** @enum {string} */
                            severity: "error" | "warning";
                            variableCode: string | null;
                            variables: string[];
                            ruleId?: string;
                            /** @description For rule findings: the rule's message */
                            ruleMessage?: {
                                pl: string;
                                en: string;
                            };
                            /** @description Short English text with the numbers (fallback) */
                            message: string;
                            details: {
                                [key: string]: number;
                            };
                        }[];
                        history: {
                            action: string;
                            at: string;
                            comment: string | null;
                            actor: {
                                id: string;
                                email: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    returnRoundForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: {
                            id: number;
                            name: string;
                            period: string;
                            deadline: string;
                            groupId: number | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            createdAt: string;
                        };
                        unit: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        };
                        /** @enum {string} */
                        status: "not-started" | "draft" | "submitted" | "returned" | "approved";
                        reopenedUntil: string | null;
                        editable: boolean;
                        notEditableReason: string | null;
                        fields: {
                            variable: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                description: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            value: number | null;
                            previousValue: number | null;
                            comment: string | null;
                            provenance: {
                                [key: string]: unknown;
                            } | null;
                            findings: {
                                /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                                check: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                variableCode: string | null;
                                variables: string[];
                                ruleId?: string;
                                /** @description For rule findings: the rule's message */
                                ruleMessage?: {
                                    pl: string;
                                    en: string;
                                };
                                /** @description Short English text with the numbers (fallback) */
                                message: string;
                                details: {
                                    [key: string]: number;
                                };
                            }[];
                        }[];
                        findings: {
                            /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                            check: string;
                            /** @enum {string} */
                            severity: "error" | "warning";
                            variableCode: string | null;
                            variables: string[];
                            ruleId?: string;
                            /** @description For rule findings: the rule's message */
                            ruleMessage?: {
                                pl: string;
                                en: string;
                            };
                            /** @description Short English text with the numbers (fallback) */
                            message: string;
                            details: {
                                [key: string]: number;
                            };
                        }[];
                        history: {
                            action: string;
                            at: string;
                            comment: string | null;
                            actor: {
                                id: string;
                                email: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    approveRoundForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: {
                            id: number;
                            name: string;
                            period: string;
                            deadline: string;
                            groupId: number | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            createdAt: string;
                        };
                        unit: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        };
                        /** @enum {string} */
                        status: "not-started" | "draft" | "submitted" | "returned" | "approved";
                        reopenedUntil: string | null;
                        editable: boolean;
                        notEditableReason: string | null;
                        fields: {
                            variable: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                description: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            value: number | null;
                            previousValue: number | null;
                            comment: string | null;
                            provenance: {
                                [key: string]: unknown;
                            } | null;
                            findings: {
                                /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                                check: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                variableCode: string | null;
                                variables: string[];
                                ruleId?: string;
                                /** @description For rule findings: the rule's message */
                                ruleMessage?: {
                                    pl: string;
                                    en: string;
                                };
                                /** @description Short English text with the numbers (fallback) */
                                message: string;
                                details: {
                                    [key: string]: number;
                                };
                            }[];
                        }[];
                        findings: {
                            /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                            check: string;
                            /** @enum {string} */
                            severity: "error" | "warning";
                            variableCode: string | null;
                            variables: string[];
                            ruleId?: string;
                            /** @description For rule findings: the rule's message */
                            ruleMessage?: {
                                pl: string;
                                en: string;
                            };
                            /** @description Short English text with the numbers (fallback) */
                            message: string;
                            details: {
                                [key: string]: number;
                            };
                        }[];
                        history: {
                            action: string;
                            at: string;
                            comment: string | null;
                            actor: {
                                id: string;
                                email: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    reopenRoundForm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unitCode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    until: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: {
                            id: number;
                            name: string;
                            period: string;
                            deadline: string;
                            groupId: number | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            createdAt: string;
                        };
                        unit: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        };
                        /** @enum {string} */
                        status: "not-started" | "draft" | "submitted" | "returned" | "approved";
                        reopenedUntil: string | null;
                        editable: boolean;
                        notEditableReason: string | null;
                        fields: {
                            variable: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                description: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            value: number | null;
                            previousValue: number | null;
                            comment: string | null;
                            provenance: {
                                [key: string]: unknown;
                            } | null;
                            findings: {
                                /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                                check: string;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                variableCode: string | null;
                                variables: string[];
                                ruleId?: string;
                                /** @description For rule findings: the rule's message */
                                ruleMessage?: {
                                    pl: string;
                                    en: string;
                                };
                                /** @description Short English text with the numbers (fallback) */
                                message: string;
                                details: {
                                    [key: string]: number;
                                };
                            }[];
                        }[];
                        findings: {
                            /** @description required, non-negative, range, year-on-year, peer-outlier, rule */
                            check: string;
                            /** @enum {string} */
                            severity: "error" | "warning";
                            variableCode: string | null;
                            variables: string[];
                            ruleId?: string;
                            /** @description For rule findings: the rule's message */
                            ruleMessage?: {
                                pl: string;
                                en: string;
                            };
                            /** @description Short English text with the numbers (fallback) */
                            message: string;
                            details: {
                                [key: string]: number;
                            };
                        }[];
                        history: {
                            action: string;
                            at: string;
                            comment: string | null;
                            actor: {
                                id: string;
                                email: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getRoundBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        round: {
                            id: number;
                            name: string;
                            period: string;
                            deadline: string;
                            groupId: number | null;
                            /** @enum {string} */
                            status: "open" | "closed";
                            createdAt: string;
                        };
                        items: {
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            status: string;
                            filled: number;
                            total: number;
                            overdue: boolean;
                            updatedAt: string;
                        }[];
                        counts: {
                            [key: string]: number;
                        };
                        overdue: number;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    exportRoundBoard: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    remindRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        queued: number;
                        sent: number;
                        withoutRecipient: string[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        smtp: boolean;
                        items: {
                            id: number;
                            kind: string;
                            recipient: string;
                            subject: string;
                            body: string;
                            createdAt: string;
                            sentAt: string | null;
                            error: string | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    importValues: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                roundId?: number;
                fileName?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        layout: string;
                        values: number;
                        emptyCells: number;
                        ignoredColumns: string[];
                        units: number;
                        periods: string[];
                        warnings: {
                            row: number;
                            column: string | null;
                            reason: string;
                            severity: string;
                            check: string;
                        }[];
                        preview: {
                            row: number;
                            unitCode: string;
                            variableCode: string;
                            period: string;
                            value: number;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    importBdl: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    variableId: number;
                    years: number[];
                    /** @enum {string} */
                    level: "voivodeship" | "county" | "municipality";
                    targetVariable?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        variableCode: string;
                        values: number;
                        unknownUnits: string[];
                        lastUpdate: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getUnitIndicatorValues: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        };
                        periods: string[];
                        items: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            decimals: number;
                            polarity: string;
                            area: string;
                            type: string;
                            values: {
                                period: string;
                                value: number | null;
                                noValue: {
                                    /** @description missing-input, division-by-zero, not-finite */
                                    reason: string;
                                    variables: string[];
                                } | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getValueHistory: {
        parameters: {
            query?: {
                variable?: string;
                period?: string;
            };
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            name: string;
                            /** @description Unit kind id. Polish units use `voivodeship`, `county`, `city-county`, `municipality-urban`, `municipality-rural`, `municipality-urban-rural`, `municipality-town-part`, `municipality-rural-part`, `city-district` (voivodeship = województwo, county = powiat, city-county = miasto na prawach powiatu, municipality-urban / -rural / -urban-rural = gmina miejska / wiejska / miejsko-wiejska, municipality-town-part / -rural-part = miasto / obszar wiejski gminy miejsko-wiejskiej, city-district = dzielnica m.st. Warszawy or delegatura). Units imported from CSV may use any other slug. */
                            kind: string;
                            parentCode: string | null;
                            parentName: string | null;
                            /** @description First register state with this code (ISO date); null = before the oldest state shipped */
                            validFrom: string | null;
                            /** @description First register state without this code; null = current unit */
                            validTo: string | null;
                            /** @enum {string} */
                            source: "teryt" | "csv";
                        };
                        items: {
                            variableCode: string;
                            period: string;
                            value: number | null;
                            previousValue: number | null;
                            status: string;
                            provenance: {
                                [key: string]: unknown;
                            };
                            comment: string | null;
                            changedAt: string;
                            changedBy: {
                                id: string;
                                email: string;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getUnitBenchmark: {
        parameters: {
            query?: {
                period?: string;
                /** @description Peer-group spec: kind:K, voivodeship:WW, size:MIN-MAX, group:ID, nn:CODE:K, units:A,B,C, all; combined with & */
                peers?: string;
            };
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        period: string;
                        peers: {
                            spec: string;
                            count: number;
                        };
                        items: {
                            indicator: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                decimals: number;
                                polarity: string;
                                area: string;
                                type: string;
                            };
                            value: number | null;
                            /** @description Quantiles as PostgreSQL percentile_cont; sd is the sample SD */
                            stats: {
                                n: number;
                                missing: number;
                                min: number | null;
                                q1: number | null;
                                median: number | null;
                                q3: number | null;
                                max: number | null;
                                mean: number | null;
                                sd: number | null;
                                best: number | null;
                                /** @description Fewer than 5 units with a value: show, never colour as a solid comparison */
                                smallGroup: boolean;
                            };
                            position: {
                                value: number;
                                n: number;
                                /** @description 1 = best by polarity; ties share a rank */
                                rank: number | null;
                                ascendingRank: number;
                                /** @description PostgreSQL percent_rank over ascending values */
                                percentRank: number;
                                betterThan: number | null;
                                /** @description 1 = best quarter */
                                quartile: number | null;
                                zScore: number | null;
                                /** @description positive = better than the median */
                                gapToMedian: number;
                                gapToBest: number | null;
                                smallGroup: boolean;
                            } | null;
                            trend: {
                                period: string;
                                value: number | null;
                            }[];
                            /** @enum {string} */
                            direction: "improving" | "worsening" | "stable" | "insufficient-data" | "rising" | "falling";
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getUnitBenchmarkReport: {
        parameters: {
            query?: {
                period?: string;
                /** @description Peer-group spec: kind:K, voivodeship:WW, size:MIN-MAX, group:ID, nn:CODE:K, units:A,B,C, all; combined with & */
                peers?: string;
                format?: "pdf" | "xlsx";
                lang?: "pl" | "en";
            };
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getIndicatorBenchmark: {
        parameters: {
            query?: {
                period?: string;
                /** @description Peer-group spec: kind:K, voivodeship:WW, size:MIN-MAX, group:ID, nn:CODE:K, units:A,B,C, all; combined with & */
                peers?: string;
            };
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicator: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            decimals: number;
                            polarity: string;
                            area: string;
                            type: string;
                        };
                        period: string;
                        peers: {
                            spec: string;
                            count: number;
                        };
                        /** @description Quantiles as PostgreSQL percentile_cont; sd is the sample SD */
                        stats: {
                            n: number;
                            missing: number;
                            min: number | null;
                            q1: number | null;
                            median: number | null;
                            q3: number | null;
                            max: number | null;
                            mean: number | null;
                            sd: number | null;
                            best: number | null;
                            /** @description Fewer than 5 units with a value: show, never colour as a solid comparison */
                            smallGroup: boolean;
                        };
                        items: {
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            value: number | null;
                            position: {
                                value: number;
                                n: number;
                                /** @description 1 = best by polarity; ties share a rank */
                                rank: number | null;
                                ascendingRank: number;
                                /** @description PostgreSQL percent_rank over ascending values */
                                percentRank: number;
                                betterThan: number | null;
                                /** @description 1 = best quarter */
                                quartile: number | null;
                                zScore: number | null;
                                /** @description positive = better than the median */
                                gapToMedian: number;
                                gapToBest: number | null;
                                smallGroup: boolean;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getNeighbours: {
        parameters: {
            query?: {
                k?: number;
                period?: string;
                /** @description Re-weighting, e.g. population_total:2,own_revenue_per_capita:0 */
                weights?: string;
            };
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        period: string;
                        code: string;
                        variables: {
                            key: string;
                            transform: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                        }[];
                        weights: {
                            [key: string]: number;
                        };
                        imputedVariables: string[];
                        farthestDistance: number;
                        neighbours: {
                            code: string;
                            name: string;
                            rank: number;
                            distance: number;
                            relativeDistance: number;
                            contributions: {
                                variable: string;
                                weight: number;
                                rawUnit: number | null;
                                rawNeighbour: number | null;
                                zUnit: number;
                                zNeighbour: number;
                                imputedUnit: boolean;
                                imputedNeighbour: boolean;
                                contribution: number;
                                share: number | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    runDea: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    model: "ccr" | "bcc";
                    /** @enum {string} */
                    orientation: "input" | "output";
                    superEfficiency?: boolean;
                    /** @description Default: the latest period with data */
                    period?: string;
                    /** @description Peer-group spec (default: all units the indicators apply to) */
                    peers?: string;
                    inputs: string[];
                    outputs: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        model: string;
                        orientation: string;
                        period: string;
                        peers: {
                            spec: string;
                            count: number;
                        };
                        inputs: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                        }[];
                        outputs: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                        }[];
                        units: {
                            code: string;
                            name: string;
                            /** @description θ ≤ 1 (input) or φ ≥ 1 (output); 1 = on the frontier */
                            score: number;
                            efficient: boolean;
                            superEfficiency: number | null;
                            peers: {
                                code: string;
                                name: string;
                                lambda: number;
                            }[];
                            targets: {
                                inputs: number[];
                                outputs: number[];
                            };
                            slacks: {
                                inputs: number[];
                                outputs: number[];
                            };
                            values: {
                                inputs: number[];
                                outputs: number[];
                            };
                        }[];
                        excluded: {
                            code: string;
                            name: string;
                            reason: string;
                        }[];
                        warnings: string[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    buildComposite: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Default: the latest period with data */
                    period?: string;
                    /** @description Peer-group spec (default: all units the indicators apply to) */
                    peers?: string;
                    indicators: {
                        code: string;
                        weight?: number;
                    }[];
                    /** @enum {string} */
                    normalisation: "min-max" | "z-score";
                    /** @enum {string} */
                    aggregation: "arithmetic" | "geometric";
                    /** @enum {string} */
                    missing?: "exclude" | "reweight";
                    /** @description Weights multiplied by U[1 − spread, 1 + spread] per draw; rank interval = 5th–95th percentile of the ranks */
                    sensitivity?: {
                        draws?: number;
                        spread?: number;
                        seed?: number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        period: string;
                        peers: {
                            spec: string;
                            count: number;
                        };
                        indicators: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            polarity: string;
                            weight: number;
                            constant: boolean;
                        }[];
                        units: {
                            code: string;
                            name: string;
                            index: number;
                            rank: number;
                            coverage: number;
                            sensitivity: {
                                medianRank: number;
                                rankInterval: [
                                    number,
                                    number
                                ];
                            } | null;
                        }[];
                        excluded: {
                            code: string;
                            name: string;
                            indicators: string[];
                        }[];
                        sensitivity: {
                            draws: number;
                            spread: number;
                            seed: number;
                        } | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listSurveyTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            version: number;
                            /** @description customer, employee, resident, ngo or business */
                            kind: string;
                            titles: {
                                pl: string;
                                en: string;
                            };
                            /** @description Shipped with Miernik (data/surveys); read-only */
                            shipped: boolean;
                            /** @description Answerable questions of the form */
                            questionCount: number;
                        }[];
                    };
                };
            };
        };
    };
    createSurveyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A SurveyTemplate (domain/surveys/template.ts) */
                    template: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        version: number;
                        titles: {
                            pl: string;
                            en: string;
                        };
                        /** @description SurveyJS form JSON (Polish in "default", English in "en") */
                        form: {
                            [key: string]: unknown;
                        };
                        questions: {
                            name: string;
                            dimension?: string;
                            scale?: {
                                min: number;
                                max: number;
                            };
                            reverseCoded?: boolean;
                            satisfiedValues?: (number | string)[];
                            noOpinionValues?: (number | string)[];
                            headline?: boolean;
                            catalogueVariables?: {
                                satisfied: string;
                                respondents: string;
                            };
                        }[];
                        dimensions?: {
                            id: string;
                            titles: {
                                pl: string;
                                en: string;
                            };
                        }[];
                        shipped: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getSurveyTemplate: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        version: number;
                        titles: {
                            pl: string;
                            en: string;
                        };
                        /** @description SurveyJS form JSON (Polish in "default", English in "en") */
                        form: {
                            [key: string]: unknown;
                        };
                        questions: {
                            name: string;
                            dimension?: string;
                            scale?: {
                                min: number;
                                max: number;
                            };
                            reverseCoded?: boolean;
                            satisfiedValues?: (number | string)[];
                            noOpinionValues?: (number | string)[];
                            headline?: boolean;
                            catalogueVariables?: {
                                satisfied: string;
                                respondents: string;
                            };
                        }[];
                        dimensions?: {
                            id: string;
                            titles: {
                                pl: string;
                                en: string;
                            };
                        }[];
                        shipped: boolean;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateSurveyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A SurveyTemplate (domain/surveys/template.ts) */
                    template: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        kind: string;
                        version: number;
                        titles: {
                            pl: string;
                            en: string;
                        };
                        /** @description SurveyJS form JSON (Polish in "default", English in "en") */
                        form: {
                            [key: string]: unknown;
                        };
                        questions: {
                            name: string;
                            dimension?: string;
                            scale?: {
                                min: number;
                                max: number;
                            };
                            reverseCoded?: boolean;
                            satisfiedValues?: (number | string)[];
                            noOpinionValues?: (number | string)[];
                            headline?: boolean;
                            catalogueVariables?: {
                                satisfied: string;
                                respondents: string;
                            };
                        }[];
                        dimensions?: {
                            id: string;
                            titles: {
                                pl: string;
                                en: string;
                            };
                        }[];
                        shipped: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    validateSurveyTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A SurveyTemplate (domain/surveys/template.ts) */
                    template: unknown;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        problems: {
                            path: string;
                            code: string;
                            message: string;
                            rule?: string;
                        }[];
                        warnings: {
                            path: string;
                            code: string;
                            message: string;
                            rule?: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    compareSurveyUnits: {
        parameters: {
            query?: {
                /** @description headline | question:ID (favourable share) | mean:ID | dimension:ID (mean) | dimension-favourable:ID */
                measure?: string;
                /** @description Waves closing at or after (default: 3 years ago) */
                from?: string;
                /** @description Waves closing at or before (default: now) */
                to?: string;
                /** @description Template version (default: the newest) */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        measure: string;
                        /**
                         * @description share: a proportion in [0, 1]; mean: on the item's scale
                         * @enum {string}
                         */
                        kind: "share" | "mean";
                        template: {
                            id: string;
                            version: number;
                            titles: {
                                pl: string;
                                en: string;
                            };
                        };
                        rows: {
                            unit: {
                                code: string;
                                name: string;
                            };
                            wave: {
                                id: number;
                                title: string;
                                closesAt: string;
                                demo: boolean;
                            };
                            result: {
                                /** @enum {boolean} */
                                suppressed: true;
                                /** @enum {string} */
                                reason: "below-minimum-n";
                                minimumN: number;
                            } | {
                                /** @enum {boolean} */
                                suppressed: false;
                                figures: {
                                    n: number;
                                    estimate: number;
                                    lower: number | null;
                                    upper: number | null;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listSurveyWaves: {
        parameters: {
            query?: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                unit?: string;
                template?: string;
                /** @description scheduled before opensAt, open until closesAt (exclusive), closed after */
                status?: "scheduled" | "open" | "closed";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            template: {
                                id: string;
                                version: number;
                                titles: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            title: string;
                            opensAt: string;
                            closesAt: string;
                            /**
                             * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                             * @enum {string}
                             */
                            status: "scheduled" | "open" | "closed";
                            responses: number;
                            targetPopulation: number | null;
                            /** @description Synthetic demo data, not real answers */
                            demo: boolean;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createSurveyWave: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                    unitCode: string;
                    templateId: string;
                    title?: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 instant; the UI enters Europe/Warsaw local time
                     */
                    opensAt: string;
                    /**
                     * Format: date-time
                     * @description ISO 8601 instant, exclusive
                     */
                    closesAt: string;
                    /** @description Size of the population surveyed (for the response rate and the finite population correction) */
                    targetPopulation?: number;
                    /** @description Prepare the next wave this many months later */
                    repeatEveryMonths?: number;
                    /** @description Smallest number of answers a published figure may rest on (default 5) */
                    minimumN?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                        };
                        template: {
                            id: string;
                            version: number;
                            titles: {
                                pl: string;
                                en: string;
                            };
                        };
                        title: string;
                        opensAt: string;
                        closesAt: string;
                        /**
                         * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                         * @enum {string}
                         */
                        status: "scheduled" | "open" | "closed";
                        responses: number;
                        targetPopulation: number | null;
                        /** @description Synthetic demo data, not real answers */
                        demo: boolean;
                        /** @description Only for those who run the wave (canManage); null for other readers */
                        publicToken: string | null;
                        /** @description Path of the respondents' page, /s/{publicToken}; null like publicToken */
                        publicUrl: string | null;
                        /** @description Invitation codes were issued: answers are accepted only with an unused code */
                        requiresCode: boolean;
                        invitationCodes: {
                            issued: number;
                            used: number;
                        };
                        repeatEveryMonths: number | null;
                        minimumN: number;
                        previousWaveId: number | null;
                        nextWaveId: number | null;
                        canManage: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getSurveyWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                        };
                        template: {
                            id: string;
                            version: number;
                            titles: {
                                pl: string;
                                en: string;
                            };
                        };
                        title: string;
                        opensAt: string;
                        closesAt: string;
                        /**
                         * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                         * @enum {string}
                         */
                        status: "scheduled" | "open" | "closed";
                        responses: number;
                        targetPopulation: number | null;
                        /** @description Synthetic demo data, not real answers */
                        demo: boolean;
                        /** @description Only for those who run the wave (canManage); null for other readers */
                        publicToken: string | null;
                        /** @description Path of the respondents' page, /s/{publicToken}; null like publicToken */
                        publicUrl: string | null;
                        /** @description Invitation codes were issued: answers are accepted only with an unused code */
                        requiresCode: boolean;
                        invitationCodes: {
                            issued: number;
                            used: number;
                        };
                        repeatEveryMonths: number | null;
                        minimumN: number;
                        previousWaveId: number | null;
                        nextWaveId: number | null;
                        canManage: boolean;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateSurveyWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** Format: date-time */
                    opensAt?: string;
                    /**
                     * Format: date-time
                     * @description Closing early = setting it to now
                     */
                    closesAt?: string;
                    targetPopulation?: number | null;
                    repeatEveryMonths?: number | null;
                    /** @description Smallest number of answers a published figure may rest on (default 5) */
                    minimumN?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                        };
                        template: {
                            id: string;
                            version: number;
                            titles: {
                                pl: string;
                                en: string;
                            };
                        };
                        title: string;
                        opensAt: string;
                        closesAt: string;
                        /**
                         * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                         * @enum {string}
                         */
                        status: "scheduled" | "open" | "closed";
                        responses: number;
                        targetPopulation: number | null;
                        /** @description Synthetic demo data, not real answers */
                        demo: boolean;
                        /** @description Only for those who run the wave (canManage); null for other readers */
                        publicToken: string | null;
                        /** @description Path of the respondents' page, /s/{publicToken}; null like publicToken */
                        publicUrl: string | null;
                        /** @description Invitation codes were issued: answers are accepted only with an unused code */
                        requiresCode: boolean;
                        invitationCodes: {
                            issued: number;
                            used: number;
                        };
                        repeatEveryMonths: number | null;
                        minimumN: number;
                        previousWaveId: number | null;
                        nextWaveId: number | null;
                        canManage: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    prepareNextSurveyWave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                        };
                        template: {
                            id: string;
                            version: number;
                            titles: {
                                pl: string;
                                en: string;
                            };
                        };
                        title: string;
                        opensAt: string;
                        closesAt: string;
                        /**
                         * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                         * @enum {string}
                         */
                        status: "scheduled" | "open" | "closed";
                        responses: number;
                        targetPopulation: number | null;
                        /** @description Synthetic demo data, not real answers */
                        demo: boolean;
                        /** @description Only for those who run the wave (canManage); null for other readers */
                        publicToken: string | null;
                        /** @description Path of the respondents' page, /s/{publicToken}; null like publicToken */
                        publicUrl: string | null;
                        /** @description Invitation codes were issued: answers are accepted only with an unused code */
                        requiresCode: boolean;
                        invitationCodes: {
                            issued: number;
                            used: number;
                        };
                        repeatEveryMonths: number | null;
                        minimumN: number;
                        previousWaveId: number | null;
                        nextWaveId: number | null;
                        canManage: boolean;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    issueSurveyInvitationCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    count: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        codes: string[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    exportSurveyInvitationCodes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getSurveyWaveResults: {
        parameters: {
            query?: {
                /** @description A stricter minimum n than the wave's (never a lower one) */
                minimumN?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        wave: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            template: {
                                id: string;
                                version: number;
                                titles: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            title: string;
                            opensAt: string;
                            closesAt: string;
                            /**
                             * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                             * @enum {string}
                             */
                            status: "scheduled" | "open" | "closed";
                            responses: number;
                            targetPopulation: number | null;
                            /** @description Synthetic demo data, not real answers */
                            demo: boolean;
                        };
                        /** @description Responses in the wave */
                        n: number;
                        minimumN: number;
                        /** @description n / invitation codes issued, or n / target population; null when neither is known */
                        responseRate: number | null;
                        responseRateBasis: ("invitations" | "population") | null;
                        /** @description 95 % half-width at p = 0.5 (a fraction), with the finite population correction when the population is known */
                        marginOfError: number | null;
                        questions: ({
                            question: string;
                            /** @enum {string} */
                            kind: "choice";
                            result: {
                                /** @enum {boolean} */
                                suppressed: true;
                                /** @enum {string} */
                                reason: "below-minimum-n";
                                minimumN: number;
                            } | {
                                /** @enum {boolean} */
                                suppressed: false;
                                figures: {
                                    n: number;
                                    noOpinion: number;
                                    distribution: {
                                        value: number | string | boolean;
                                        count: number;
                                        share: number | null;
                                        noOpinion: boolean;
                                    }[];
                                    mean: {
                                        n: number;
                                        effectiveN: number;
                                        mean: number;
                                        standardDeviation: number | null;
                                        standardError: number | null;
                                        lower: number | null;
                                        upper: number | null;
                                    } | null;
                                    favourable: {
                                        successes: number;
                                        n: number;
                                        estimate: number;
                                        lower: number;
                                        upper: number;
                                    } | null;
                                };
                            };
                        } | {
                            question: string;
                            /** @enum {string} */
                            kind: "number";
                            result: {
                                /** @enum {boolean} */
                                suppressed: true;
                                /** @enum {string} */
                                reason: "below-minimum-n";
                                minimumN: number;
                            } | {
                                /** @enum {boolean} */
                                suppressed: false;
                                figures: {
                                    n: number;
                                    mean: {
                                        n: number;
                                        effectiveN: number;
                                        mean: number;
                                        standardDeviation: number | null;
                                        standardError: number | null;
                                        lower: number | null;
                                        upper: number | null;
                                    } | null;
                                };
                            };
                        } | {
                            question: string;
                            /** @enum {string} */
                            kind: "text";
                            result: {
                                /** @enum {boolean} */
                                suppressed: true;
                                /** @enum {string} */
                                reason: "below-minimum-n";
                                minimumN: number;
                            } | {
                                /** @enum {boolean} */
                                suppressed: false;
                                figures: {
                                    n: number;
                                    /** @description Verbatim answers; empty for readers who may not read free text (only the unit runs its waves) */
                                    texts: string[];
                                    /** @description true when texts were left out for this reader */
                                    withheld?: boolean;
                                };
                            };
                        })[];
                        dimensions: {
                            dimension: string;
                            result: {
                                /** @enum {boolean} */
                                suppressed: true;
                                /** @enum {string} */
                                reason: "below-minimum-n";
                                minimumN: number;
                            } | {
                                /** @enum {boolean} */
                                suppressed: false;
                                figures: {
                                    n: number;
                                    scale: {
                                        min: number;
                                        max: number;
                                    };
                                    mean: {
                                        n: number;
                                        effectiveN: number;
                                        mean: number;
                                        standardDeviation: number | null;
                                        standardError: number | null;
                                        lower: number | null;
                                        upper: number | null;
                                    };
                                    favourable: {
                                        n: number;
                                        effectiveN: number;
                                        mean: number;
                                        standardDeviation: number | null;
                                        standardError: number | null;
                                        lower: number | null;
                                        upper: number | null;
                                    } | null;
                                };
                            };
                        }[];
                        headline: {
                            templateId: string;
                            templateVersion: number;
                            question: string;
                            catalogueVariables: {
                                satisfied: string;
                                respondents: string;
                            } | null;
                            result: {
                                /** @enum {boolean} */
                                suppressed: true;
                                /** @enum {string} */
                                reason: "below-minimum-n";
                                minimumN: number;
                            } | {
                                /** @enum {boolean} */
                                suppressed: false;
                                figures: {
                                    successes: number;
                                    n: number;
                                    estimate: number;
                                    lower: number;
                                    upper: number;
                                };
                            };
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    compareSurveyWaves: {
        parameters: {
            query?: {
                /** @description The other wave; default: the previous wave of the same unit and template version */
                with?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        templateId: string;
                        templateVersion: number;
                        earlier: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            template: {
                                id: string;
                                version: number;
                                titles: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            title: string;
                            opensAt: string;
                            closesAt: string;
                            /**
                             * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                             * @enum {string}
                             */
                            status: "scheduled" | "open" | "closed";
                            responses: number;
                            targetPopulation: number | null;
                            /** @description Synthetic demo data, not real answers */
                            demo: boolean;
                        };
                        later: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            template: {
                                id: string;
                                version: number;
                                titles: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            title: string;
                            opensAt: string;
                            closesAt: string;
                            /**
                             * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                             * @enum {string}
                             */
                            status: "scheduled" | "open" | "closed";
                            responses: number;
                            targetPopulation: number | null;
                            /** @description Synthetic demo data, not real answers */
                            demo: boolean;
                        };
                        questions: {
                            question: string;
                            headline: boolean;
                            result: {
                                /** @enum {boolean} */
                                suppressed: true;
                                /** @enum {string} */
                                reason: "below-minimum-n";
                                minimumN: number;
                            } | {
                                /** @enum {boolean} */
                                suppressed: false;
                                figures: {
                                    first: {
                                        successes: number;
                                        n: number;
                                        estimate: number;
                                        lower: number;
                                        upper: number;
                                    };
                                    second: {
                                        successes: number;
                                        n: number;
                                        estimate: number;
                                        lower: number;
                                        upper: number;
                                    };
                                    differencePp: number;
                                    lowerPp: number;
                                    upperPp: number;
                                    z: number | null;
                                    pValue: number | null;
                                    /** @enum {string} */
                                    label: "significant" | "not-significant" | "insufficient-data";
                                };
                            };
                        }[];
                        dimensions: {
                            dimension: string;
                            result: {
                                /** @enum {boolean} */
                                suppressed: true;
                                /** @enum {string} */
                                reason: "below-minimum-n";
                                minimumN: number;
                            } | {
                                /** @enum {boolean} */
                                suppressed: false;
                                figures: {
                                    difference: number;
                                    lower: number;
                                    upper: number;
                                    t: number;
                                    df: number;
                                    pValue: number;
                                    /** @enum {string} */
                                    label: "significant" | "not-significant" | "insufficient-data";
                                } | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listSurveyFreeText: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description <response id>.<question> */
                            id: string;
                            question: string;
                            text: string;
                            hidden: boolean;
                            reason: string | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    setSurveyFreeTextHidden: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                answerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    hidden: boolean;
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description <response id>.<question> */
                        id: string;
                        question: string;
                        text: string;
                        hidden: boolean;
                        reason: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    exportSurveyWave: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx" | "pdf";
                lang?: "pl" | "en";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getPublicSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description scheduled before opensAt, open until closesAt (exclusive), closed after
                         * @enum {string}
                         */
                        status: "scheduled" | "open" | "closed";
                        opensAt: string;
                        closesAt: string;
                        unit: {
                            code: string;
                            name: string;
                        };
                        template: {
                            id: string;
                            version: number;
                            titles: {
                                pl: string;
                                en: string;
                            };
                            form: {
                                [key: string]: unknown;
                            };
                        };
                        requiresCode: boolean;
                        demo: boolean;
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    submitSurveyResponse: {
        parameters: {
            query?: never;
            header?: {
                /** @description One key per answer: a retry or a double click with the same key stores one response */
                "idempotency-key"?: string;
            };
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Question name → answer, as SurveyJS survey.data */
                    answers: {
                        [key: string]: unknown;
                    };
                    invitationCode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listFrameworks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            version: string;
                            title: {
                                pl: string;
                                en: string;
                            };
                            /** @description Top of the total scale: CAF 900 (9 criteria × 100), EFQM 1000 */
                            maxTotal: number;
                            itemCount: number;
                            modes: {
                                id: string;
                                title: {
                                    pl: string;
                                    en: string;
                                };
                            }[];
                        }[];
                    };
                };
            };
        };
    };
    getFramework: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Framework id, e.g. caf-2020, efqm-2025 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {number} */
                        schemaVersion: 1;
                        id: string;
                        version: string;
                        title: {
                            pl: string;
                            en: string;
                        };
                        description?: {
                            pl: string;
                            en: string;
                        };
                        notes: {
                            about: string[];
                            /** @enum {string} */
                            provenance: "methods" | "methods-working-translation" | "miernik-translation" | "miernik-paraphrase" | "recalled-unverified" | "miernik-convention";
                            text: string;
                        }[];
                        sources: string[];
                        kinds: {
                            id: string;
                            title: {
                                pl: string;
                                en: string;
                            };
                        }[];
                        /** @default [] */
                        groups: {
                            id: string;
                            title: {
                                pl: string;
                                en: string;
                            };
                            points?: number;
                        }[];
                        modes: {
                            id: string;
                            title: {
                                pl: string;
                                en: string;
                            };
                            description?: {
                                pl: string;
                                en: string;
                            };
                            panels: {
                                [key: string]: {
                                    title?: {
                                        pl: string;
                                        en: string;
                                    };
                                    components: {
                                        id: string;
                                        title: {
                                            pl: string;
                                            en: string;
                                        };
                                        /** @enum {number} */
                                        min: 0;
                                        /** @enum {number} */
                                        max: 100;
                                        step?: number;
                                        /**
                                         * @default score
                                         * @enum {string}
                                         */
                                        selection: "score" | "band-value";
                                        bands?: {
                                            min: number;
                                            max: number;
                                            phase?: string;
                                            title?: {
                                                pl: string;
                                                en: string;
                                            };
                                            description: {
                                                pl: string;
                                                en: string;
                                            };
                                            value?: number;
                                        }[];
                                        weight?: number;
                                        attributes?: {
                                            id: string;
                                            title: {
                                                pl: string;
                                                en: string;
                                            };
                                        }[];
                                    }[];
                                    /** @enum {string} */
                                    combine: "mean" | "weighted-mean";
                                };
                            };
                        }[];
                        criteria: {
                            id: string;
                            kind: string;
                            group?: string;
                            points: number;
                            title: {
                                pl: string;
                                en: string;
                            };
                            description?: {
                                pl: string;
                                en: string;
                            };
                            subcriteria: {
                                id: string;
                                title: {
                                    pl: string;
                                    en: string;
                                };
                                /** @default [] */
                                examples: {
                                    pl: string;
                                    en: string;
                                }[];
                                weight?: number;
                            }[];
                        }[];
                        aggregation: {
                            /** @enum {string} */
                            subcriteria: "mean" | "weighted-mean";
                            /** @enum {string} */
                            total: "sum-of-criterion-points";
                            maxTotal: number;
                            totalLabel: {
                                pl: string;
                                en: string;
                            };
                            averageLabel: {
                                pl: string;
                                en: string;
                            };
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    compareUnitsAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Framework id, e.g. caf-2020, efqm-2025 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        frameworkId: string;
                        /**
                         * @description CAF scores of different offices are not validated alike (METHODS.md §1.1): indicative only
                         * @enum {boolean}
                         */
                        indicative: true;
                        /** @description Fewer units than minUnits have a closed round: none is listed */
                        suppressed: boolean;
                        minUnits: number;
                        n: number;
                        items: {
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            round: number;
                            date: string;
                            total: number | null;
                            average: number | null;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listUnitAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            frameworkId: string;
                            frameworkVersion: string;
                            round: number;
                            date: string;
                            mode: string;
                            /** @enum {string} */
                            status: "scoring" | "consensus" | "closed";
                            title: string | null;
                            /** @description Consensus total on the framework's scale (CAF 0–900); null until every item has an agreed score */
                            total: number | null;
                            isDemo: boolean;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Framework id, e.g. caf-2020, efqm-2025 */
                    frameworkId: string;
                    round: number;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    date: string;
                    /** @description A scoring mode of the framework: caf-2020 classical | fine-tuned; efqm-2025 radar | overall */
                    mode: string;
                    title?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        frameworkId: string;
                        frameworkVersion: string;
                        round: number;
                        date: string;
                        mode: string;
                        /** @enum {string} */
                        status: "scoring" | "consensus" | "closed";
                        title: string | null;
                        /** @description Consensus total on the framework's scale (CAF 0–900); null until every item has an agreed score */
                        total: number | null;
                        isDemo: boolean;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        members: {
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "leader" | "member";
                            submittedAt: string | null;
                        }[];
                        /** @description CAF recommends a group of 5–12 people */
                        groupSizeWarning: ("below-recommended" | "above-recommended") | null;
                        me: {
                            /** @enum {string} */
                            role: "leader" | "member";
                            scored: number;
                            submittedAt: string | null;
                        } | null;
                        itemCount: number;
                        /** @description Items with a consensus score */
                        agreed: number;
                        /** @description May change the group, run consensus and close (the leader, the unit's coordinators) */
                        canManage: boolean;
                        /** @description People who may join the group (listed for those who manage it) */
                        candidates: {
                            userId: string;
                            name: string;
                            email: string;
                        }[];
                        override: {
                            reason: string;
                            missing: string[];
                            at: string;
                        } | null;
                        consensusOpenedAt: string | null;
                        createdAt: string;
                        closedAt: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    compareAssessmentRounds: {
        parameters: {
            query?: {
                /** @description Framework id, e.g. caf-2020, efqm-2025 */
                framework?: string;
            };
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        frameworkId: string;
                        rounds: {
                            id: number;
                            round: number;
                            date: string;
                            mode: string;
                            total: number | null;
                            average: number | null;
                            criteria: {
                                criterionId: string;
                                score: number | null;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        frameworkId: string;
                        frameworkVersion: string;
                        round: number;
                        date: string;
                        mode: string;
                        /** @enum {string} */
                        status: "scoring" | "consensus" | "closed";
                        title: string | null;
                        /** @description Consensus total on the framework's scale (CAF 0–900); null until every item has an agreed score */
                        total: number | null;
                        isDemo: boolean;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        members: {
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "leader" | "member";
                            submittedAt: string | null;
                        }[];
                        /** @description CAF recommends a group of 5–12 people */
                        groupSizeWarning: ("below-recommended" | "above-recommended") | null;
                        me: {
                            /** @enum {string} */
                            role: "leader" | "member";
                            scored: number;
                            submittedAt: string | null;
                        } | null;
                        itemCount: number;
                        /** @description Items with a consensus score */
                        agreed: number;
                        /** @description May change the group, run consensus and close (the leader, the unit's coordinators) */
                        canManage: boolean;
                        /** @description People who may join the group (listed for those who manage it) */
                        candidates: {
                            userId: string;
                            name: string;
                            email: string;
                        }[];
                        override: {
                            reason: string;
                            missing: string[];
                            at: string;
                        } | null;
                        consensusOpenedAt: string | null;
                        createdAt: string;
                        closedAt: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    setAssessmentMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The whole group. CAF recommends 5–12 people (outside that the detail warns); at least one leader */
                    members: {
                        /** Format: uuid */
                        userId: string;
                        /** @enum {string} */
                        role: "leader" | "member";
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        frameworkId: string;
                        frameworkVersion: string;
                        round: number;
                        date: string;
                        mode: string;
                        /** @enum {string} */
                        status: "scoring" | "consensus" | "closed";
                        title: string | null;
                        /** @description Consensus total on the framework's scale (CAF 0–900); null until every item has an agreed score */
                        total: number | null;
                        isDemo: boolean;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        members: {
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "leader" | "member";
                            submittedAt: string | null;
                        }[];
                        /** @description CAF recommends a group of 5–12 people */
                        groupSizeWarning: ("below-recommended" | "above-recommended") | null;
                        me: {
                            /** @enum {string} */
                            role: "leader" | "member";
                            scored: number;
                            submittedAt: string | null;
                        } | null;
                        itemCount: number;
                        /** @description Items with a consensus score */
                        agreed: number;
                        /** @description May change the group, run consensus and close (the leader, the unit's coordinators) */
                        canManage: boolean;
                        /** @description People who may join the group (listed for those who manage it) */
                        candidates: {
                            userId: string;
                            name: string;
                            email: string;
                        }[];
                        override: {
                            reason: string;
                            missing: string[];
                            at: string;
                        } | null;
                        consensusOpenedAt: string | null;
                        createdAt: string;
                        closedAt: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getMyScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            itemId: string;
                            values: number | {
                                [key: string]: number;
                            };
                            /** @description The item's 0–100 score derived from values */
                            score: number;
                            strengths: string | null;
                            improvements: string | null;
                            updatedAt: string;
                        }[];
                        missing: string[];
                        submittedAt: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    saveMyScore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Subcriterion id (CAF 1.1 … 9.2), or a criterion id where the framework scores criteria as a whole */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: number | {
                        [key: string]: number;
                    };
                    /** @description Strengths (evidence) */
                    strengths?: string | null;
                    /** @description Areas for improvement (evidence) */
                    improvements?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        itemId: string;
                        values: number | {
                            [key: string]: number;
                        };
                        /** @description The item's 0–100 score derived from values */
                        score: number;
                        strengths: string | null;
                        improvements: string | null;
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    submitMyScores: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        submittedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    openConsensus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Open before every member has submitted; the reason is recorded on the assessment and in the audit log */
                    override?: {
                        reason: string;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        frameworkId: string;
                        frameworkVersion: string;
                        round: number;
                        date: string;
                        mode: string;
                        /** @enum {string} */
                        status: "scoring" | "consensus" | "closed";
                        title: string | null;
                        /** @description Consensus total on the framework's scale (CAF 0–900); null until every item has an agreed score */
                        total: number | null;
                        isDemo: boolean;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        members: {
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "leader" | "member";
                            submittedAt: string | null;
                        }[];
                        /** @description CAF recommends a group of 5–12 people */
                        groupSizeWarning: ("below-recommended" | "above-recommended") | null;
                        me: {
                            /** @enum {string} */
                            role: "leader" | "member";
                            scored: number;
                            submittedAt: string | null;
                        } | null;
                        itemCount: number;
                        /** @description Items with a consensus score */
                        agreed: number;
                        /** @description May change the group, run consensus and close (the leader, the unit's coordinators) */
                        canManage: boolean;
                        /** @description People who may join the group (listed for those who manage it) */
                        candidates: {
                            userId: string;
                            name: string;
                            email: string;
                        }[];
                        override: {
                            reason: string;
                            missing: string[];
                            at: string;
                        } | null;
                        consensusOpenedAt: string | null;
                        createdAt: string;
                        closedAt: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getAssessmentSpread: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Largest disagreement first; submitted members only */
                        items: {
                            itemId: string;
                            n: number;
                            min: number;
                            max: number;
                            median: number;
                            mean: number;
                            /** @description max − min */
                            spread: number;
                            standardDeviation: number | null;
                            crossesBands: boolean | null;
                            /** @description spread ≥ 30 or the scores fall in different bands */
                            needsDiscussion: boolean;
                            scores: {
                                userId: string;
                                score: number;
                                values: number | {
                                    [key: string]: number;
                                };
                                strengths: string | null;
                                improvements: string | null;
                            }[];
                            consensus: {
                                values: number | {
                                    [key: string]: number;
                                };
                                score: number | null;
                                strengths: string | null;
                                improvements: string | null;
                                updatedAt: string;
                            } | null;
                        }[];
                        /** @description Items no submitted member scored */
                        unscored: string[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    saveConsensusScore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                /** @description Subcriterion id (CAF 1.1 … 9.2), or a criterion id where the framework scores criteria as a whole */
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    values: number | {
                        [key: string]: number;
                    };
                    /** @description Strengths (evidence) */
                    strengths?: string | null;
                    /** @description Areas for improvement (evidence) */
                    improvements?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        values: number | {
                            [key: string]: number;
                        };
                        score: number | null;
                        strengths: string | null;
                        improvements: string | null;
                        updatedAt: string;
                        itemId: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    closeAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        frameworkId: string;
                        frameworkVersion: string;
                        round: number;
                        date: string;
                        mode: string;
                        /** @enum {string} */
                        status: "scoring" | "consensus" | "closed";
                        title: string | null;
                        /** @description Consensus total on the framework's scale (CAF 0–900); null until every item has an agreed score */
                        total: number | null;
                        isDemo: boolean;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        members: {
                            userId: string;
                            name: string;
                            email: string;
                            /** @enum {string} */
                            role: "leader" | "member";
                            submittedAt: string | null;
                        }[];
                        /** @description CAF recommends a group of 5–12 people */
                        groupSizeWarning: ("below-recommended" | "above-recommended") | null;
                        me: {
                            /** @enum {string} */
                            role: "leader" | "member";
                            scored: number;
                            submittedAt: string | null;
                        } | null;
                        itemCount: number;
                        /** @description Items with a consensus score */
                        agreed: number;
                        /** @description May change the group, run consensus and close (the leader, the unit's coordinators) */
                        canManage: boolean;
                        /** @description People who may join the group (listed for those who manage it) */
                        candidates: {
                            userId: string;
                            name: string;
                            email: string;
                        }[];
                        override: {
                            reason: string;
                            missing: string[];
                            at: string;
                        } | null;
                        consensusOpenedAt: string | null;
                        createdAt: string;
                        closedAt: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getAssessmentResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessment: {
                            id: number;
                            frameworkId: string;
                            frameworkVersion: string;
                            round: number;
                            date: string;
                            mode: string;
                            /** @enum {string} */
                            status: "scoring" | "consensus" | "closed";
                            title: string | null;
                            /** @description Consensus total on the framework's scale (CAF 0–900); null until every item has an agreed score */
                            total: number | null;
                            isDemo: boolean;
                        };
                        complete: boolean;
                        missing: string[];
                        /** @description Also the radar chart's data */
                        criteria: {
                            criterionId: string;
                            kind: string;
                            group: string | null;
                            complete: boolean;
                            missing: string[];
                            /** @description 0–100: mean of the criterion's item scores */
                            score: number | null;
                            points: number | null;
                            maxPoints: number;
                        }[];
                        /** @description Σ criterion points: CAF 0–900, EFQM 0–1000 by its weights */
                        total: {
                            label: {
                                pl: string;
                                en: string;
                            };
                            value: number | null;
                            max: number;
                        };
                        /** @description total / maxTotal × 100 (CAF: the mean of the 9 criterion scores) */
                        average: {
                            label: {
                                pl: string;
                                en: string;
                            };
                            value: number | null;
                            max: number;
                        };
                        byKind: {
                            id: string;
                            points: number | null;
                            maxPoints: number;
                            percent: number | null;
                        }[];
                        byGroup: {
                            id: string;
                            points: number | null;
                            maxPoints: number;
                            percent: number | null;
                        }[];
                        items: {
                            itemId: string;
                            criterionId: string;
                            score: number;
                            components: {
                                [key: string]: number;
                            };
                            strengths: string | null;
                            improvements: string | null;
                        }[];
                        /** @description Against the unit's previous closed round of the same framework */
                        comparison: {
                            previous: {
                                id: number;
                                round: number;
                                date: string;
                            };
                            frameworkId: string;
                            criteria: {
                                criterionId: string;
                                before: number | null;
                                after: number | null;
                                change: number | null;
                                pointsChange: number | null;
                            }[];
                            total: {
                                label: {
                                    pl: string;
                                    en: string;
                                };
                                before: number | null;
                                after: number | null;
                                change: number | null;
                                max: number;
                            };
                            average: {
                                label: {
                                    pl: string;
                                    en: string;
                                };
                                before: number | null;
                                after: number | null;
                                change: number | null;
                                max: number;
                            };
                            modeChanged: boolean;
                        } | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getAssessmentReport: {
        parameters: {
            query?: {
                format?: "pdf" | "xlsx";
                lang?: "pl" | "en";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listImprovementPlans: {
        parameters: {
            query?: {
                unit?: string;
                group?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            } | null;
                            group: {
                                id: number;
                                name: string;
                            } | null;
                            period: string;
                            title: string;
                            description: string | null;
                            actionCount: number;
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createImprovementPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The unit the plan is for (or groupId) */
                    unitCode?: string;
                    /** @description The benchmarking group the plan is for (or unitCode) */
                    groupId?: number;
                    /** @description 2026 or 2026-2027 */
                    period: string;
                    title: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        } | null;
                        group: {
                            id: number;
                            name: string;
                        } | null;
                        period: string;
                        title: string;
                        description: string | null;
                        actionCount: number;
                        createdAt: string;
                        updatedAt: string;
                        canManage: boolean;
                        byStatus: {
                            planned: number;
                            "in-progress": number;
                            done: number;
                            cancelled: number;
                        };
                        overdue: number;
                        /** @description Highest priority first */
                        actions: {
                            id: number;
                            planId: number;
                            title: string;
                            description: string | null;
                            /** @description { type, … } as given */
                            source: {
                                [key: string]: unknown;
                            };
                            owner: string | null;
                            startDate: string | null;
                            endDate: string | null;
                            /** @enum {string} */
                            status: "planned" | "in-progress" | "done" | "cancelled";
                            priority: {
                                impact: number;
                                feasibility: number;
                                /** @description impact × feasibility, 1–25 */
                                score: number;
                                /** @enum {string} */
                                class: "high" | "medium" | "low";
                                /** @enum {string} */
                                quadrant: "quick-win" | "major-project" | "easy-extra" | "reconsider";
                            };
                            schedule: {
                                /** @enum {string} */
                                timeliness: "closed" | "overdue" | "late-start" | "on-track" | "no-deadline";
                                daysLate: number;
                                overdue: boolean;
                            };
                            /** @description PLN, exact decimal */
                            budget: string | null;
                            progress: number | null;
                            indicator: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                polarity: string;
                                decimals: number;
                                baseline: number | null;
                                target: number | null;
                                peers: string | null;
                            } | null;
                            updates: {
                                id: number;
                                date: string;
                                comment: string;
                                status: ("planned" | "in-progress" | "done" | "cancelled") | null;
                                progress: number | null;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getImprovementPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        } | null;
                        group: {
                            id: number;
                            name: string;
                        } | null;
                        period: string;
                        title: string;
                        description: string | null;
                        actionCount: number;
                        createdAt: string;
                        updatedAt: string;
                        canManage: boolean;
                        byStatus: {
                            planned: number;
                            "in-progress": number;
                            done: number;
                            cancelled: number;
                        };
                        overdue: number;
                        /** @description Highest priority first */
                        actions: {
                            id: number;
                            planId: number;
                            title: string;
                            description: string | null;
                            /** @description { type, … } as given */
                            source: {
                                [key: string]: unknown;
                            };
                            owner: string | null;
                            startDate: string | null;
                            endDate: string | null;
                            /** @enum {string} */
                            status: "planned" | "in-progress" | "done" | "cancelled";
                            priority: {
                                impact: number;
                                feasibility: number;
                                /** @description impact × feasibility, 1–25 */
                                score: number;
                                /** @enum {string} */
                                class: "high" | "medium" | "low";
                                /** @enum {string} */
                                quadrant: "quick-win" | "major-project" | "easy-extra" | "reconsider";
                            };
                            schedule: {
                                /** @enum {string} */
                                timeliness: "closed" | "overdue" | "late-start" | "on-track" | "no-deadline";
                                daysLate: number;
                                overdue: boolean;
                            };
                            /** @description PLN, exact decimal */
                            budget: string | null;
                            progress: number | null;
                            indicator: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                polarity: string;
                                decimals: number;
                                baseline: number | null;
                                target: number | null;
                                peers: string | null;
                            } | null;
                            updates: {
                                id: number;
                                date: string;
                                comment: string;
                                status: ("planned" | "in-progress" | "done" | "cancelled") | null;
                                progress: number | null;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateImprovementPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 2026 or 2026-2027 */
                    period?: string;
                    title?: string;
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        } | null;
                        group: {
                            id: number;
                            name: string;
                        } | null;
                        period: string;
                        title: string;
                        description: string | null;
                        actionCount: number;
                        createdAt: string;
                        updatedAt: string;
                        canManage: boolean;
                        byStatus: {
                            planned: number;
                            "in-progress": number;
                            done: number;
                            cancelled: number;
                        };
                        overdue: number;
                        /** @description Highest priority first */
                        actions: {
                            id: number;
                            planId: number;
                            title: string;
                            description: string | null;
                            /** @description { type, … } as given */
                            source: {
                                [key: string]: unknown;
                            };
                            owner: string | null;
                            startDate: string | null;
                            endDate: string | null;
                            /** @enum {string} */
                            status: "planned" | "in-progress" | "done" | "cancelled";
                            priority: {
                                impact: number;
                                feasibility: number;
                                /** @description impact × feasibility, 1–25 */
                                score: number;
                                /** @enum {string} */
                                class: "high" | "medium" | "low";
                                /** @enum {string} */
                                quadrant: "quick-win" | "major-project" | "easy-extra" | "reconsider";
                            };
                            schedule: {
                                /** @enum {string} */
                                timeliness: "closed" | "overdue" | "late-start" | "on-track" | "no-deadline";
                                daysLate: number;
                                overdue: boolean;
                            };
                            /** @description PLN, exact decimal */
                            budget: string | null;
                            progress: number | null;
                            indicator: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                polarity: string;
                                decimals: number;
                                baseline: number | null;
                                target: number | null;
                                peers: string | null;
                            } | null;
                            updates: {
                                id: number;
                                date: string;
                                comment: string;
                                status: ("planned" | "in-progress" | "done" | "cancelled") | null;
                                progress: number | null;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createImprovementAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    description?: string | null;
                    source: {
                        /** @enum {string} */
                        type: "caf-improvement";
                        assessmentId: number;
                        itemId: string;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "benchmark-gap";
                        indicatorCode: string;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "survey-result";
                        surveyWaveId: number | string;
                        questionId: string;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "meeting-action";
                        groupId: number;
                        meetingId: number;
                        meetingActionId: number;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "free";
                        note?: string | null;
                    };
                    owner?: string | null;
                    startDate?: string | null;
                    endDate?: string | null;
                    /**
                     * @default planned
                     * @enum {string}
                     */
                    status?: "planned" | "in-progress" | "done" | "cancelled";
                    /** @description Whole number 1–5, or low / medium / high (= 1 / 3 / 5) */
                    impact: number | ("low" | "medium" | "high");
                    /** @description Whole number 1–5, or low / medium / high (= 1 / 3 / 5) */
                    feasibility: number | ("low" | "medium" | "high");
                    budget?: string | null;
                    /** @description The indicator the action should move; must apply to the unit's kind (INDICATOR_NOT_APPLICABLE) */
                    indicator?: {
                        code: string;
                        baseline?: number | null;
                        target?: number | null;
                        /** @description Peer-group spec for the effect check (default nn:<unit code>:15), e.g. units:1201011,1201022 */
                        peers?: string | null;
                    } | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        planId: number;
                        title: string;
                        description: string | null;
                        /** @description { type, … } as given */
                        source: {
                            [key: string]: unknown;
                        };
                        owner: string | null;
                        startDate: string | null;
                        endDate: string | null;
                        /** @enum {string} */
                        status: "planned" | "in-progress" | "done" | "cancelled";
                        priority: {
                            impact: number;
                            feasibility: number;
                            /** @description impact × feasibility, 1–25 */
                            score: number;
                            /** @enum {string} */
                            class: "high" | "medium" | "low";
                            /** @enum {string} */
                            quadrant: "quick-win" | "major-project" | "easy-extra" | "reconsider";
                        };
                        schedule: {
                            /** @enum {string} */
                            timeliness: "closed" | "overdue" | "late-start" | "on-track" | "no-deadline";
                            daysLate: number;
                            overdue: boolean;
                        };
                        /** @description PLN, exact decimal */
                        budget: string | null;
                        progress: number | null;
                        indicator: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            polarity: string;
                            decimals: number;
                            baseline: number | null;
                            target: number | null;
                            peers: string | null;
                        } | null;
                        updates: {
                            id: number;
                            date: string;
                            comment: string;
                            status: ("planned" | "in-progress" | "done" | "cancelled") | null;
                            progress: number | null;
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    exportImprovementPlan: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteImprovementAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateImprovementAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    description?: string | null;
                    source?: {
                        /** @enum {string} */
                        type: "caf-improvement";
                        assessmentId: number;
                        itemId: string;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "benchmark-gap";
                        indicatorCode: string;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "survey-result";
                        surveyWaveId: number | string;
                        questionId: string;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "meeting-action";
                        groupId: number;
                        meetingId: number;
                        meetingActionId: number;
                        note?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "free";
                        note?: string | null;
                    };
                    owner?: string | null;
                    startDate?: string | null;
                    endDate?: string | null;
                    /** @description Whole number 1–5, or low / medium / high (= 1 / 3 / 5) */
                    impact?: number | ("low" | "medium" | "high");
                    /** @description Whole number 1–5, or low / medium / high (= 1 / 3 / 5) */
                    feasibility?: number | ("low" | "medium" | "high");
                    budget?: string | null;
                    /** @description The indicator the action should move; must apply to the unit's kind (INDICATOR_NOT_APPLICABLE) */
                    indicator?: {
                        code: string;
                        baseline?: number | null;
                        target?: number | null;
                        /** @description Peer-group spec for the effect check (default nn:<unit code>:15), e.g. units:1201011,1201022 */
                        peers?: string | null;
                    } | null;
                    /** @enum {string} */
                    status?: "planned" | "in-progress" | "done" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        planId: number;
                        title: string;
                        description: string | null;
                        /** @description { type, … } as given */
                        source: {
                            [key: string]: unknown;
                        };
                        owner: string | null;
                        startDate: string | null;
                        endDate: string | null;
                        /** @enum {string} */
                        status: "planned" | "in-progress" | "done" | "cancelled";
                        priority: {
                            impact: number;
                            feasibility: number;
                            /** @description impact × feasibility, 1–25 */
                            score: number;
                            /** @enum {string} */
                            class: "high" | "medium" | "low";
                            /** @enum {string} */
                            quadrant: "quick-win" | "major-project" | "easy-extra" | "reconsider";
                        };
                        schedule: {
                            /** @enum {string} */
                            timeliness: "closed" | "overdue" | "late-start" | "on-track" | "no-deadline";
                            daysLate: number;
                            overdue: boolean;
                        };
                        /** @description PLN, exact decimal */
                        budget: string | null;
                        progress: number | null;
                        indicator: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            polarity: string;
                            decimals: number;
                            baseline: number | null;
                            target: number | null;
                            peers: string | null;
                        } | null;
                        updates: {
                            id: number;
                            date: string;
                            comment: string;
                            status: ("planned" | "in-progress" | "done" | "cancelled") | null;
                            progress: number | null;
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                        }[];
                        createdAt: string;
                        updatedAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    addImprovementActionUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    date: string;
                    comment: string;
                    /** @enum {string} */
                    status?: "planned" | "in-progress" | "done" | "cancelled";
                    progress?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        update: {
                            id: number;
                            date: string;
                            comment: string;
                            status: ("planned" | "in-progress" | "done" | "cancelled") | null;
                            progress: number | null;
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            createdAt: string;
                        };
                        action: {
                            id: number;
                            planId: number;
                            title: string;
                            description: string | null;
                            /** @description { type, … } as given */
                            source: {
                                [key: string]: unknown;
                            };
                            owner: string | null;
                            startDate: string | null;
                            endDate: string | null;
                            /** @enum {string} */
                            status: "planned" | "in-progress" | "done" | "cancelled";
                            priority: {
                                impact: number;
                                feasibility: number;
                                /** @description impact × feasibility, 1–25 */
                                score: number;
                                /** @enum {string} */
                                class: "high" | "medium" | "low";
                                /** @enum {string} */
                                quadrant: "quick-win" | "major-project" | "easy-extra" | "reconsider";
                            };
                            schedule: {
                                /** @enum {string} */
                                timeliness: "closed" | "overdue" | "late-start" | "on-track" | "no-deadline";
                                daysLate: number;
                                overdue: boolean;
                            };
                            /** @description PLN, exact decimal */
                            budget: string | null;
                            progress: number | null;
                            indicator: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                polarity: string;
                                decimals: number;
                                baseline: number | null;
                                target: number | null;
                                peers: string | null;
                            } | null;
                            updates: {
                                id: number;
                                date: string;
                                comment: string;
                                status: ("planned" | "in-progress" | "done" | "cancelled") | null;
                                progress: number | null;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getImprovementActionEffect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        actionId: number;
                        actionStart: string | null;
                        actionEnd: string | null;
                        indicator: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            decimals: number;
                            polarity: string;
                        };
                        peers: {
                            spec: string;
                            count: number;
                        };
                        /**
                         * @description not-applicable: a neutral indicator has no better direction
                         * @enum {string}
                         */
                        verdict: "improved-more-than-peers" | "in-line-with-peers" | "worse-than-peers" | "not-enough-data" | "not-applicable";
                        reasons: {
                            code: string;
                            message: string;
                        }[];
                        check: {
                            baselinePeriods: string[];
                            followUpPeriods: string[];
                            unit: {
                                before: number | null;
                                after: number | null;
                                change: number | null;
                            };
                            peers: {
                                changes: {
                                    unitId: string;
                                    change: number;
                                }[];
                                excluded: {
                                    unitId: string;
                                    /** @enum {string} */
                                    reason: "NO_BASELINE_VALUE" | "NO_FOLLOW_UP_VALUE";
                                }[];
                                medianChange: number | null;
                                q1: number | null;
                                q3: number | null;
                                iqr: number | null;
                            };
                            differenceInDifferences: number | null;
                            /** @description Positive: the unit improved more than the peer median */
                            improvementBeyondPeers: number | null;
                            /** @description Normal variation: the peers' interquartile range of changes */
                            tolerance: number | null;
                            percentileRank: number | null;
                            rank: {
                                position: number;
                                of: number;
                            } | null;
                        } | null;
                        unitSeries: {
                            period: string;
                            value: number | null;
                        }[];
                        peerMedianSeries: {
                            period: string;
                            value: number | null;
                            q1: number | null;
                            q3: number | null;
                            n: number;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listUnitStrategies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        canManage: boolean;
                        items: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            name: string;
                            periodFrom: number;
                            periodTo: number;
                            /** @enum {string} */
                            status: "draft" | "adopted" | "archived";
                            resolutionNumber: string | null;
                            resolutionDate: string | null;
                            documentUrl: string | null;
                            thresholds: {
                                green: number;
                                amber: number;
                            };
                            surveyTemplates: string[];
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createUnitStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    periodFrom: number;
                    periodTo: number;
                    /** @enum {string} */
                    status?: "draft" | "adopted" | "archived";
                    resolutionNumber?: string | null;
                    resolutionDate?: string | null;
                    documentUrl?: string | null;
                    thresholds?: {
                        green: number;
                        amber: number;
                    } | null;
                    surveyTemplates?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        name: string;
                        periodFrom: number;
                        periodTo: number;
                        /** @enum {string} */
                        status: "draft" | "adopted" | "archived";
                        resolutionNumber: string | null;
                        resolutionDate: string | null;
                        documentUrl: string | null;
                        thresholds: {
                            green: number;
                            amber: number;
                        };
                        surveyTemplates: string[];
                        createdAt: string;
                        updatedAt: string;
                        canManage: boolean;
                        goals: {
                            id: number;
                            parentId: number | null;
                            level: number;
                            title: string;
                            owner: string | null;
                        }[];
                        measureCount: number;
                        publishedReports: string[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        name: string;
                        periodFrom: number;
                        periodTo: number;
                        /** @enum {string} */
                        status: "draft" | "adopted" | "archived";
                        resolutionNumber: string | null;
                        resolutionDate: string | null;
                        documentUrl: string | null;
                        thresholds: {
                            green: number;
                            amber: number;
                        };
                        surveyTemplates: string[];
                        createdAt: string;
                        updatedAt: string;
                        canManage: boolean;
                        goals: {
                            id: number;
                            parentId: number | null;
                            level: number;
                            title: string;
                            owner: string | null;
                        }[];
                        measureCount: number;
                        publishedReports: string[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    periodFrom?: number;
                    periodTo?: number;
                    /** @enum {string} */
                    status?: "draft" | "adopted" | "archived";
                    resolutionNumber?: string | null;
                    resolutionDate?: string | null;
                    documentUrl?: string | null;
                    thresholds?: {
                        green: number;
                        amber: number;
                    } | null;
                    surveyTemplates?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        name: string;
                        periodFrom: number;
                        periodTo: number;
                        /** @enum {string} */
                        status: "draft" | "adopted" | "archived";
                        resolutionNumber: string | null;
                        resolutionDate: string | null;
                        documentUrl: string | null;
                        thresholds: {
                            green: number;
                            amber: number;
                        };
                        surveyTemplates: string[];
                        createdAt: string;
                        updatedAt: string;
                        canManage: boolean;
                        goals: {
                            id: number;
                            parentId: number | null;
                            level: number;
                            title: string;
                            owner: string | null;
                        }[];
                        measureCount: number;
                        publishedReports: string[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createStrategyGoal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    parentId?: number | null;
                    owner?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        parentId: number | null;
                        level: number;
                        title: string;
                        owner: string | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createStrategyMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    goalId: number;
                    indicatorCode?: string;
                    /** @description A strategy-only indicator entered by the unit (instead of indicatorCode) */
                    own?: {
                        name: string;
                        unit: string;
                        /** @enum {string} */
                        polarity: "higher-is-better" | "lower-is-better" | "neutral";
                        source: string;
                    };
                    baseline: {
                        period: string;
                        /** @description Omitted: the value stored for the period */
                        value?: number | null;
                    };
                    target: {
                        period: string;
                        value: number;
                    };
                    milestones?: {
                        period: string;
                        value: number;
                    }[];
                    responsible?: string | null;
                    weight?: number;
                    /** @description Cumulative output indicator: achievement = actual / target */
                    cumulative?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        goalId: number;
                        indicatorCode: string;
                        own: boolean;
                        indicator: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            polarity: "higher-is-better" | "lower-is-better" | "neutral";
                            decimals: number;
                            source: {
                                pl: string;
                                en: string;
                            };
                        };
                        baseline: {
                            period: string;
                            value: number | null;
                            /** @enum {string} */
                            source: "entered" | "value-store";
                            provenance: {
                                variableCode: string;
                                value: number;
                                /** @description Where the stored value came from (kind and details) */
                                provenance: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                        target: {
                            period: string;
                            value: number;
                        };
                        milestones: {
                            period: string;
                            value: number;
                        }[];
                        actual: {
                            period: string | null;
                            value: number | null;
                            provenance: {
                                variableCode: string;
                                value: number;
                                /** @description Where the stored value came from (kind and details) */
                                provenance: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                        responsible: string | null;
                        weight: number;
                        cumulative: boolean;
                        /** @description Distance covered as a fraction, raw (0.5 = half the distance) */
                        progress: number | null;
                        /** @description progress capped to [−1, 1.5] for display */
                        progressDisplay: number | null;
                        expected: number | null;
                        onTrack: number | null;
                        achievement: number | null;
                        achieved: boolean | null;
                        category: ("significant-progress" | "moderate-progress" | "insufficient-progress" | "moving-away") | null;
                        growthRatio: number | null;
                        /** @enum {string} */
                        light: "green" | "amber" | "red" | "grey";
                        basis: ("on-track" | "achievement" | "target-equals-baseline") | null;
                        greyReason: ("no-data" | "no-target" | "no-baseline" | "no-time-elapsed") | null;
                        series: {
                            period: string;
                            value: number | null;
                        }[];
                        peers: {
                            spec: string;
                            count: number;
                            period: string | null;
                            n: number;
                            unitValue: number | null;
                            peerMedian: number | null;
                            rank: number | null;
                            reachedTarget: number | null;
                            medianSeries: {
                                period: string;
                                median: number | null;
                                n: number;
                            }[];
                            medianTrend: number | null;
                        } | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getStrategyMonitoring: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        strategy: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            name: string;
                            periodFrom: number;
                            periodTo: number;
                            /** @enum {string} */
                            status: "draft" | "adopted" | "archived";
                            resolutionNumber: string | null;
                            resolutionDate: string | null;
                            documentUrl: string | null;
                            thresholds: {
                                green: number;
                                amber: number;
                            };
                            surveyTemplates: string[];
                            createdAt: string;
                            updatedAt: string;
                        };
                        period: string | null;
                        goals: {
                            id: number;
                            parentId: number | null;
                            level: number;
                            title: string;
                            owner: string | null;
                            measureIds: number[];
                            rollUp: {
                                counts: {
                                    green: number;
                                    amber: number;
                                    red: number;
                                    grey: number;
                                };
                                shares: {
                                    green: number;
                                    amber: number;
                                    red: number;
                                } | null;
                                /** @enum {string} */
                                light: "green" | "amber" | "red" | "grey";
                            };
                        }[];
                        measures: {
                            id: number;
                            goalId: number;
                            indicatorCode: string;
                            own: boolean;
                            indicator: {
                                code: string;
                                names: {
                                    pl: string;
                                    en: string;
                                };
                                unit: string;
                                /** @enum {string} */
                                polarity: "higher-is-better" | "lower-is-better" | "neutral";
                                decimals: number;
                                source: {
                                    pl: string;
                                    en: string;
                                };
                            };
                            baseline: {
                                period: string;
                                value: number | null;
                                /** @enum {string} */
                                source: "entered" | "value-store";
                                provenance: {
                                    variableCode: string;
                                    value: number;
                                    /** @description Where the stored value came from (kind and details) */
                                    provenance: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            };
                            target: {
                                period: string;
                                value: number;
                            };
                            milestones: {
                                period: string;
                                value: number;
                            }[];
                            actual: {
                                period: string | null;
                                value: number | null;
                                provenance: {
                                    variableCode: string;
                                    value: number;
                                    /** @description Where the stored value came from (kind and details) */
                                    provenance: {
                                        [key: string]: unknown;
                                    };
                                }[];
                            };
                            responsible: string | null;
                            weight: number;
                            cumulative: boolean;
                            /** @description Distance covered as a fraction, raw (0.5 = half the distance) */
                            progress: number | null;
                            /** @description progress capped to [−1, 1.5] for display */
                            progressDisplay: number | null;
                            expected: number | null;
                            onTrack: number | null;
                            achievement: number | null;
                            achieved: boolean | null;
                            category: ("significant-progress" | "moderate-progress" | "insufficient-progress" | "moving-away") | null;
                            growthRatio: number | null;
                            /** @enum {string} */
                            light: "green" | "amber" | "red" | "grey";
                            basis: ("on-track" | "achievement" | "target-equals-baseline") | null;
                            greyReason: ("no-data" | "no-target" | "no-baseline" | "no-time-elapsed") | null;
                            series: {
                                period: string;
                                value: number | null;
                            }[];
                            peers: {
                                spec: string;
                                count: number;
                                period: string | null;
                                n: number;
                                unitValue: number | null;
                                peerMedian: number | null;
                                rank: number | null;
                                reachedTarget: number | null;
                                medianSeries: {
                                    period: string;
                                    median: number | null;
                                    n: number;
                                }[];
                                medianTrend: number | null;
                            } | null;
                            comment: string | null;
                        }[];
                        summary: {
                            counts: {
                                green: number;
                                amber: number;
                                red: number;
                                grey: number;
                            };
                            shares: {
                                green: number;
                                amber: number;
                                red: number;
                            } | null;
                            /** @enum {string} */
                            light: "green" | "amber" | "red" | "grey";
                        };
                        published: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getStrategyReport: {
        parameters: {
            query?: {
                format?: "pdf" | "xlsx" | "docx";
                period?: string;
                lang?: "pl" | "en";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    publishStrategyReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    period: string;
                    published: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        name: string;
                        periodFrom: number;
                        periodTo: number;
                        /** @enum {string} */
                        status: "draft" | "adopted" | "archived";
                        resolutionNumber: string | null;
                        resolutionDate: string | null;
                        documentUrl: string | null;
                        thresholds: {
                            green: number;
                            amber: number;
                        };
                        surveyTemplates: string[];
                        createdAt: string;
                        updatedAt: string;
                        canManage: boolean;
                        goals: {
                            id: number;
                            parentId: number | null;
                            level: number;
                            title: string;
                            owner: string | null;
                        }[];
                        measureCount: number;
                        publishedReports: string[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getStrategyMeasure: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        goalId: number;
                        indicatorCode: string;
                        own: boolean;
                        indicator: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            polarity: "higher-is-better" | "lower-is-better" | "neutral";
                            decimals: number;
                            source: {
                                pl: string;
                                en: string;
                            };
                        };
                        baseline: {
                            period: string;
                            value: number | null;
                            /** @enum {string} */
                            source: "entered" | "value-store";
                            provenance: {
                                variableCode: string;
                                value: number;
                                /** @description Where the stored value came from (kind and details) */
                                provenance: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                        target: {
                            period: string;
                            value: number;
                        };
                        milestones: {
                            period: string;
                            value: number;
                        }[];
                        actual: {
                            period: string | null;
                            value: number | null;
                            provenance: {
                                variableCode: string;
                                value: number;
                                /** @description Where the stored value came from (kind and details) */
                                provenance: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                        responsible: string | null;
                        weight: number;
                        cumulative: boolean;
                        /** @description Distance covered as a fraction, raw (0.5 = half the distance) */
                        progress: number | null;
                        /** @description progress capped to [−1, 1.5] for display */
                        progressDisplay: number | null;
                        expected: number | null;
                        onTrack: number | null;
                        achievement: number | null;
                        achieved: boolean | null;
                        category: ("significant-progress" | "moderate-progress" | "insufficient-progress" | "moving-away") | null;
                        growthRatio: number | null;
                        /** @enum {string} */
                        light: "green" | "amber" | "red" | "grey";
                        basis: ("on-track" | "achievement" | "target-equals-baseline") | null;
                        greyReason: ("no-data" | "no-target" | "no-baseline" | "no-time-elapsed") | null;
                        series: {
                            period: string;
                            value: number | null;
                        }[];
                        peers: {
                            spec: string;
                            count: number;
                            period: string | null;
                            n: number;
                            unitValue: number | null;
                            peerMedian: number | null;
                            rank: number | null;
                            reachedTarget: number | null;
                            medianSeries: {
                                period: string;
                                median: number | null;
                                n: number;
                            }[];
                            medianTrend: number | null;
                        } | null;
                        comment: string | null;
                        strategy: {
                            id: number;
                            name: string;
                            periodFrom: number;
                            periodTo: number;
                        };
                        unit: {
                            code: string;
                            name: string;
                        };
                        canManage: boolean;
                        trajectory: {
                            period: string;
                            actual: number | null;
                            expected: number | null;
                            milestone: number | null;
                            peerMedian: number | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateStrategyMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    goalId?: number;
                    baseline?: {
                        period: string;
                        /** @description Omitted: the value stored for the period */
                        value?: number | null;
                    };
                    target?: {
                        period: string;
                        value: number;
                    };
                    milestones?: {
                        period: string;
                        value: number;
                    }[];
                    responsible?: string | null;
                    weight?: number;
                    /** @description Cumulative output indicator: achievement = actual / target */
                    cumulative?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        goalId: number;
                        indicatorCode: string;
                        own: boolean;
                        indicator: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            polarity: "higher-is-better" | "lower-is-better" | "neutral";
                            decimals: number;
                            source: {
                                pl: string;
                                en: string;
                            };
                        };
                        baseline: {
                            period: string;
                            value: number | null;
                            /** @enum {string} */
                            source: "entered" | "value-store";
                            provenance: {
                                variableCode: string;
                                value: number;
                                /** @description Where the stored value came from (kind and details) */
                                provenance: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                        target: {
                            period: string;
                            value: number;
                        };
                        milestones: {
                            period: string;
                            value: number;
                        }[];
                        actual: {
                            period: string | null;
                            value: number | null;
                            provenance: {
                                variableCode: string;
                                value: number;
                                /** @description Where the stored value came from (kind and details) */
                                provenance: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                        responsible: string | null;
                        weight: number;
                        cumulative: boolean;
                        /** @description Distance covered as a fraction, raw (0.5 = half the distance) */
                        progress: number | null;
                        /** @description progress capped to [−1, 1.5] for display */
                        progressDisplay: number | null;
                        expected: number | null;
                        onTrack: number | null;
                        achievement: number | null;
                        achieved: boolean | null;
                        category: ("significant-progress" | "moderate-progress" | "insufficient-progress" | "moving-away") | null;
                        growthRatio: number | null;
                        /** @enum {string} */
                        light: "green" | "amber" | "red" | "grey";
                        basis: ("on-track" | "achievement" | "target-equals-baseline") | null;
                        greyReason: ("no-data" | "no-target" | "no-baseline" | "no-time-elapsed") | null;
                        series: {
                            period: string;
                            value: number | null;
                        }[];
                        peers: {
                            spec: string;
                            count: number;
                            period: string | null;
                            n: number;
                            unitValue: number | null;
                            peerMedian: number | null;
                            rank: number | null;
                            reachedTarget: number | null;
                            medianSeries: {
                                period: string;
                                median: number | null;
                                n: number;
                            }[];
                            medianTrend: number | null;
                        } | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    putStrategyMeasureValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    period: string;
                    /** @description null removes the value */
                    value: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        goalId: number;
                        indicatorCode: string;
                        own: boolean;
                        indicator: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            /** @enum {string} */
                            polarity: "higher-is-better" | "lower-is-better" | "neutral";
                            decimals: number;
                            source: {
                                pl: string;
                                en: string;
                            };
                        };
                        baseline: {
                            period: string;
                            value: number | null;
                            /** @enum {string} */
                            source: "entered" | "value-store";
                            provenance: {
                                variableCode: string;
                                value: number;
                                /** @description Where the stored value came from (kind and details) */
                                provenance: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                        target: {
                            period: string;
                            value: number;
                        };
                        milestones: {
                            period: string;
                            value: number;
                        }[];
                        actual: {
                            period: string | null;
                            value: number | null;
                            provenance: {
                                variableCode: string;
                                value: number;
                                /** @description Where the stored value came from (kind and details) */
                                provenance: {
                                    [key: string]: unknown;
                                };
                            }[];
                        };
                        responsible: string | null;
                        weight: number;
                        cumulative: boolean;
                        /** @description Distance covered as a fraction, raw (0.5 = half the distance) */
                        progress: number | null;
                        /** @description progress capped to [−1, 1.5] for display */
                        progressDisplay: number | null;
                        expected: number | null;
                        onTrack: number | null;
                        achievement: number | null;
                        achieved: boolean | null;
                        category: ("significant-progress" | "moderate-progress" | "insufficient-progress" | "moving-away") | null;
                        growthRatio: number | null;
                        /** @enum {string} */
                        light: "green" | "amber" | "red" | "grey";
                        basis: ("on-track" | "achievement" | "target-equals-baseline") | null;
                        greyReason: ("no-data" | "no-target" | "no-baseline" | "no-time-elapsed") | null;
                        series: {
                            period: string;
                            value: number | null;
                        }[];
                        peers: {
                            spec: string;
                            count: number;
                            period: string | null;
                            n: number;
                            unitValue: number | null;
                            peerMedian: number | null;
                            rank: number | null;
                            reachedTarget: number | null;
                            medianSeries: {
                                period: string;
                                median: number | null;
                                n: number;
                            }[];
                            medianTrend: number | null;
                        } | null;
                        comment: string | null;
                        strategy: {
                            id: number;
                            name: string;
                            periodFrom: number;
                            periodTo: number;
                        };
                        unit: {
                            code: string;
                            name: string;
                        };
                        canManage: boolean;
                        trajectory: {
                            period: string;
                            actual: number | null;
                            expected: number | null;
                            milestone: number | null;
                            peerMedian: number | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    putStrategyMeasureComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    period: string;
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        measureId: number;
                        period: string;
                        comment: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listStrategyEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            pl: string;
                            en: string;
                        }[];
                        current: {
                            measures: number;
                            withBaseline: number;
                            withTarget: number;
                            withCurrentData: number;
                        };
                        years: {
                            year: number;
                            answers: {
                                [key: string]: {
                                    /** @enum {string} */
                                    answer: "yes" | "partly" | "no";
                                    note?: string | null;
                                };
                            };
                            coverage: {
                                [key: string]: number;
                            };
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    putStrategyEvaluation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        [key: string]: {
                            /** @enum {string} */
                            answer: "yes" | "partly" | "no";
                            note?: string | null;
                        };
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            pl: string;
                            en: string;
                        }[];
                        current: {
                            measures: number;
                            withBaseline: number;
                            withTarget: number;
                            withCurrentData: number;
                        };
                        years: {
                            year: number;
                            answers: {
                                [key: string]: {
                                    /** @enum {string} */
                                    answer: "yes" | "partly" | "no";
                                    note?: string | null;
                                };
                            };
                            coverage: {
                                [key: string]: number;
                            };
                            updatedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listUnitNgos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        canManage: boolean;
                        fields: string[];
                        items: {
                            id: number;
                            name: string;
                            krs: string | null;
                            fields: string[];
                            address: string | null;
                            area: string | null;
                            lat: number | null;
                            lon: number | null;
                            contact: string | null;
                            cooperates: boolean;
                            published: boolean;
                        }[];
                        summary: {
                            total: number;
                            cooperating: number;
                            byField: {
                                field: string;
                                count: number;
                            }[];
                            byArea: {
                                area: string | null;
                                count: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createUnitNgo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    krs?: string | null;
                    fields: string[];
                    address?: string | null;
                    area?: string | null;
                    lat?: number | null;
                    lon?: number | null;
                    contact?: string | null;
                    cooperates?: boolean;
                    published?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        krs: string | null;
                        fields: string[];
                        address: string | null;
                        area: string | null;
                        lat: number | null;
                        lon: number | null;
                        contact: string | null;
                        cooperates: boolean;
                        published: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    importUnitNgos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    csv: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        imported: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    deleteNgo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateNgo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    krs?: string | null;
                    fields?: string[];
                    address?: string | null;
                    area?: string | null;
                    lat?: number | null;
                    lon?: number | null;
                    contact?: string | null;
                    cooperates?: boolean;
                    published?: boolean;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        krs: string | null;
                        fields: string[];
                        address: string | null;
                        area: string | null;
                        lat: number | null;
                        lon: number | null;
                        contact: string | null;
                        cooperates: boolean;
                        published: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getPublicStrategy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        unit: {
                            code: string;
                            name: string;
                        };
                        periodFrom: number;
                        periodTo: number;
                        reports: {
                            period: string;
                            publishedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getPublicStrategyReport: {
        parameters: {
            query: {
                format?: "pdf" | "xlsx" | "docx";
                period: string;
                lang?: "pl" | "en";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": unknown;
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listPublicUnitNgos: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        fields: string[];
                        items: {
                            id: number;
                            name: string;
                            krs: string | null;
                            fields: string[];
                            address: string | null;
                            area: string | null;
                            lat: number | null;
                            lon: number | null;
                            contact: string | null;
                            cooperates: boolean;
                            published: boolean;
                        }[];
                        summary: {
                            total: number;
                            cooperating: number;
                            byField: {
                                field: string;
                                count: number;
                            }[];
                            byArea: {
                                area: string | null;
                                count: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listNetworkProgrammes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            name: string;
                            operator: string;
                            description: string | null;
                            startsOn: string;
                            endsOn: string;
                            cycleCount: number;
                            groupCount: number;
                        }[];
                        canManage: boolean;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createNetworkProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @description Who runs it, e.g. Związek Powiatów Polskich */
                    operator: string;
                    description?: string | null;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    endsOn: string;
                    cycleCount?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        operator: string;
                        description: string | null;
                        startsOn: string;
                        endsOn: string;
                        cycleCount: number;
                        groups: {
                            id: number;
                            name: string;
                            serviceArea: string;
                            memberCount: number;
                            isDemo: boolean;
                        }[];
                        canManage: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getNetworkProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        operator: string;
                        description: string | null;
                        startsOn: string;
                        endsOn: string;
                        cycleCount: number;
                        groups: {
                            id: number;
                            name: string;
                            serviceArea: string;
                            memberCount: number;
                            isDemo: boolean;
                        }[];
                        canManage: boolean;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateNetworkProgramme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name?: string;
                    /** @description Who runs it, e.g. Związek Powiatów Polskich */
                    operator?: string;
                    description?: string | null;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startsOn?: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    endsOn?: string;
                    cycleCount?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                        operator: string;
                        description: string | null;
                        startsOn: string;
                        endsOn: string;
                        cycleCount: number;
                        groups: {
                            id: number;
                            name: string;
                            serviceArea: string;
                            memberCount: number;
                            isDemo: boolean;
                        }[];
                        canManage: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    addNetworkProgrammeGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Attach an existing group; or give name and serviceArea */
                    groupId?: number;
                    name?: string;
                    /** @enum {string} */
                    serviceArea?: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                    description?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groupId: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getGroupNetwork: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        group: {
                            id: number;
                            name: string;
                            description: string | null;
                            serviceArea: string;
                            isDemo: boolean;
                            moderators: {
                                name: string;
                                email: string;
                            }[];
                        };
                        programme: {
                            id: number;
                            name: string;
                            operator: string;
                            description: string | null;
                            startsOn: string;
                            endsOn: string;
                            cycleCount: number;
                        } | null;
                        members: {
                            code: string;
                            name: string;
                            kind: string;
                            /** @description Management levels the unit has no delegate for */
                            missingLevels: ("strategic" | "middle" | "operational")[];
                        }[];
                        delegates: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            name: string;
                            email: string | null;
                            position: string | null;
                            /** @enum {string} */
                            level: "strategic" | "middle" | "operational";
                        }[];
                        indicatorSet: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            area: string;
                            polarity: string;
                            isHeadline: boolean;
                        }[];
                        cycles: {
                            id: number;
                            groupId: number;
                            number: number;
                            title: string;
                            /** @enum {string} */
                            focus: "diagnosis" | "implementation" | "other";
                            startsOn: string;
                            endsOn: string;
                            planPeriod: string;
                            roundIds: number[];
                            waveIds: number[];
                        }[];
                        meetings: {
                            id: number;
                            groupId: number;
                            cycleId: number | null;
                            date: string;
                            title: string;
                            address: string | null;
                            host: {
                                code: string;
                                name: string;
                            };
                            hasMinutes: boolean;
                        }[];
                        canManage: boolean;
                        canModerate: boolean;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    setGroupIndicatorSet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description In display order; at most one headline per service area */
                    items: {
                        code: string;
                        isHeadline?: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        group: {
                            id: number;
                            name: string;
                            description: string | null;
                            serviceArea: string;
                            isDemo: boolean;
                            moderators: {
                                name: string;
                                email: string;
                            }[];
                        };
                        programme: {
                            id: number;
                            name: string;
                            operator: string;
                            description: string | null;
                            startsOn: string;
                            endsOn: string;
                            cycleCount: number;
                        } | null;
                        members: {
                            code: string;
                            name: string;
                            kind: string;
                            /** @description Management levels the unit has no delegate for */
                            missingLevels: ("strategic" | "middle" | "operational")[];
                        }[];
                        delegates: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            name: string;
                            email: string | null;
                            position: string | null;
                            /** @enum {string} */
                            level: "strategic" | "middle" | "operational";
                        }[];
                        indicatorSet: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            area: string;
                            polarity: string;
                            isHeadline: boolean;
                        }[];
                        cycles: {
                            id: number;
                            groupId: number;
                            number: number;
                            title: string;
                            /** @enum {string} */
                            focus: "diagnosis" | "implementation" | "other";
                            startsOn: string;
                            endsOn: string;
                            planPeriod: string;
                            roundIds: number[];
                            waveIds: number[];
                        }[];
                        meetings: {
                            id: number;
                            groupId: number;
                            cycleId: number | null;
                            date: string;
                            title: string;
                            address: string | null;
                            host: {
                                code: string;
                                name: string;
                            };
                            hasMinutes: boolean;
                        }[];
                        canManage: boolean;
                        canModerate: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    addGroupDelegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unitCode: string;
                    name: string;
                    email?: string | null;
                    position?: string | null;
                    /** @enum {string} */
                    level: "strategic" | "middle" | "operational";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                        };
                        name: string;
                        email: string | null;
                        position: string | null;
                        /** @enum {string} */
                        level: "strategic" | "middle" | "operational";
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    removeGroupDelegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getDelegateCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getGroupCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createNetworkCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    number: number;
                    title: string;
                    /** @enum {string} */
                    focus: "diagnosis" | "implementation" | "other";
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    startsOn: string;
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    endsOn: string;
                    /** @description Period of the improvement plans expected of each unit: 2011 or 2011-2012 */
                    planPeriod: string;
                    roundIds?: number[];
                    waveIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        groupId: number;
                        number: number;
                        title: string;
                        /** @enum {string} */
                        focus: "diagnosis" | "implementation" | "other";
                        startsOn: string;
                        endsOn: string;
                        planPeriod: string;
                        roundIds: number[];
                        waveIds: number[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateNetworkCycle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @description Period of the improvement plans expected of each unit: 2011 or 2011-2012 */
                    planPeriod?: string;
                    roundIds?: number[];
                    waveIds?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        groupId: number;
                        number: number;
                        title: string;
                        /** @enum {string} */
                        focus: "diagnosis" | "implementation" | "other";
                        startsOn: string;
                        endsOn: string;
                        planPeriod: string;
                        roundIds: number[];
                        waveIds: number[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getNetworkCycleBoard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        cycle: {
                            id: number;
                            groupId: number;
                            number: number;
                            title: string;
                            /** @enum {string} */
                            focus: "diagnosis" | "implementation" | "other";
                            startsOn: string;
                            endsOn: string;
                            planPeriod: string;
                            roundIds: number[];
                            waveIds: number[];
                        };
                        items: {
                            unit: {
                                code: string;
                                name: string;
                            };
                            data: {
                                rounds: number;
                                submitted: number;
                                approved: number;
                            };
                            surveys: {
                                waves: number;
                                closed: number;
                            };
                            plan: {
                                created: boolean;
                                planId: number | null;
                                planned: number;
                                inProgress: number;
                                done: number;
                                /** @description Actions linked to an indicator with an effect verdict */
                                effectChecked: number;
                                /** @description Share (0–1) of effectChecked whose verdict is "improved more than peers" */
                                improvedShare: number | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    proposeMeetingSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    from: string;
                    count: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meetings: {
                            date: string;
                            hostUnitCode: string;
                        }[];
                        /** @description Proposed dates after the end of the programme */
                        outsideProgramme: string[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createMeetings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    meetings: {
                        /**
                         * Format: date
                         * @description YYYY-MM-DD
                         */
                        date: string;
                        hostUnitCode: string;
                        address?: string | null;
                        title?: string;
                        cycleId?: number | null;
                        agenda?: {
                            title: string;
                            note?: string | null;
                            commentId?: number | null;
                        }[];
                        documents?: {
                            title: string;
                            /** Format: uri */
                            url: string;
                        }[];
                        /** @description Markdown */
                        minutes?: string | null;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            groupId: number;
                            cycleId: number | null;
                            date: string;
                            title: string;
                            address: string | null;
                            host: {
                                code: string;
                                name: string;
                            };
                            hasMinutes: boolean;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        groupId: number;
                        cycleId: number | null;
                        date: string;
                        title: string;
                        address: string | null;
                        host: {
                            code: string;
                            name: string;
                        };
                        hasMinutes: boolean;
                        group: {
                            id: number;
                            name: string;
                            serviceArea: string;
                        };
                        agenda: {
                            title: string;
                            note?: string | null;
                            commentId?: number | null;
                        }[];
                        documents: {
                            title: string;
                            url: string;
                        }[];
                        minutes: string | null;
                        attendance: {
                            delegate: {
                                id: number;
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                name: string;
                                email: string | null;
                                position: string | null;
                                /** @enum {string} */
                                level: "strategic" | "middle" | "operational";
                            };
                            present: boolean | null;
                        }[];
                        actions: {
                            id: number;
                            meetingId: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            owner: string | null;
                            title: string;
                            dueOn: string | null;
                            /** @enum {string} */
                            status: "open" | "done" | "cancelled";
                            /** @description The improvement-plan action it was sent to */
                            planActionId: number | null;
                        }[];
                        previousMeeting: {
                            id: number;
                            date: string;
                            title: string;
                            openActions: {
                                id: number;
                                meetingId: number;
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                owner: string | null;
                                title: string;
                                dueOn: string | null;
                                /** @enum {string} */
                                status: "open" | "done" | "cancelled";
                                /** @description The improvement-plan action it was sent to */
                                planActionId: number | null;
                            }[];
                        } | null;
                        pinnedQuestions: {
                            id: number;
                            indicatorCode: string;
                            period: string;
                            body: string;
                        }[];
                        canManage: boolean;
                        canModerate: boolean;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    deleteMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateMeeting: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: date
                     * @description YYYY-MM-DD
                     */
                    date?: string;
                    hostUnitCode?: string;
                    address?: string | null;
                    title?: string;
                    cycleId?: number | null;
                    agenda?: {
                        title: string;
                        note?: string | null;
                        commentId?: number | null;
                    }[];
                    documents?: {
                        title: string;
                        /** Format: uri */
                        url: string;
                    }[];
                    /** @description Markdown */
                    minutes?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        groupId: number;
                        cycleId: number | null;
                        date: string;
                        title: string;
                        address: string | null;
                        host: {
                            code: string;
                            name: string;
                        };
                        hasMinutes: boolean;
                        group: {
                            id: number;
                            name: string;
                            serviceArea: string;
                        };
                        agenda: {
                            title: string;
                            note?: string | null;
                            commentId?: number | null;
                        }[];
                        documents: {
                            title: string;
                            url: string;
                        }[];
                        minutes: string | null;
                        attendance: {
                            delegate: {
                                id: number;
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                name: string;
                                email: string | null;
                                position: string | null;
                                /** @enum {string} */
                                level: "strategic" | "middle" | "operational";
                            };
                            present: boolean | null;
                        }[];
                        actions: {
                            id: number;
                            meetingId: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            owner: string | null;
                            title: string;
                            dueOn: string | null;
                            /** @enum {string} */
                            status: "open" | "done" | "cancelled";
                            /** @description The improvement-plan action it was sent to */
                            planActionId: number | null;
                        }[];
                        previousMeeting: {
                            id: number;
                            date: string;
                            title: string;
                            openActions: {
                                id: number;
                                meetingId: number;
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                owner: string | null;
                                title: string;
                                dueOn: string | null;
                                /** @enum {string} */
                                status: "open" | "done" | "cancelled";
                                /** @description The improvement-plan action it was sent to */
                                planActionId: number | null;
                            }[];
                        } | null;
                        pinnedQuestions: {
                            id: number;
                            indicatorCode: string;
                            period: string;
                            body: string;
                        }[];
                        canManage: boolean;
                        canModerate: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    setMeetingAttendance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    attendees: {
                        delegateId: number;
                        present: boolean;
                    }[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        groupId: number;
                        cycleId: number | null;
                        date: string;
                        title: string;
                        address: string | null;
                        host: {
                            code: string;
                            name: string;
                        };
                        hasMinutes: boolean;
                        group: {
                            id: number;
                            name: string;
                            serviceArea: string;
                        };
                        agenda: {
                            title: string;
                            note?: string | null;
                            commentId?: number | null;
                        }[];
                        documents: {
                            title: string;
                            url: string;
                        }[];
                        minutes: string | null;
                        attendance: {
                            delegate: {
                                id: number;
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                name: string;
                                email: string | null;
                                position: string | null;
                                /** @enum {string} */
                                level: "strategic" | "middle" | "operational";
                            };
                            present: boolean | null;
                        }[];
                        actions: {
                            id: number;
                            meetingId: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            owner: string | null;
                            title: string;
                            dueOn: string | null;
                            /** @enum {string} */
                            status: "open" | "done" | "cancelled";
                            /** @description The improvement-plan action it was sent to */
                            planActionId: number | null;
                        }[];
                        previousMeeting: {
                            id: number;
                            date: string;
                            title: string;
                            openActions: {
                                id: number;
                                meetingId: number;
                                unit: {
                                    code: string;
                                    name: string;
                                };
                                owner: string | null;
                                title: string;
                                dueOn: string | null;
                                /** @enum {string} */
                                status: "open" | "done" | "cancelled";
                                /** @description The improvement-plan action it was sent to */
                                planActionId: number | null;
                            }[];
                        } | null;
                        pinnedQuestions: {
                            id: number;
                            indicatorCode: string;
                            period: string;
                            body: string;
                        }[];
                        canManage: boolean;
                        canModerate: boolean;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    addMeetingAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unitCode: string;
                    owner?: string | null;
                    title: string;
                    dueOn?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        meetingId: number;
                        unit: {
                            code: string;
                            name: string;
                        };
                        owner: string | null;
                        title: string;
                        dueOn: string | null;
                        /** @enum {string} */
                        status: "open" | "done" | "cancelled";
                        /** @description The improvement-plan action it was sent to */
                        planActionId: number | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateMeetingAction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    owner?: string | null;
                    title?: string;
                    dueOn?: string | null;
                    /** @enum {string} */
                    status?: "open" | "done" | "cancelled";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        meetingId: number;
                        unit: {
                            code: string;
                            name: string;
                        };
                        owner: string | null;
                        title: string;
                        dueOn: string | null;
                        /** @enum {string} */
                        status: "open" | "done" | "cancelled";
                        /** @description The improvement-plan action it was sent to */
                        planActionId: number | null;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    sendMeetingActionToPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Plan period; default the meeting's cycle plan period, else the meeting's year */
                    period?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        planId: number;
                        actionId: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getMeetingPack: {
        parameters: {
            query?: {
                format?: "pdf" | "xlsx";
                /** @description YYYY-MM-DD (start of the day, Warsaw) or an ISO date-time; default: the start of the meeting day */
                asOf?: string;
                lang?: "pl" | "en";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": unknown;
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": unknown;
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getMeetingPackData: {
        parameters: {
            query?: {
                /** @description YYYY-MM-DD (start of the day, Warsaw) or an ISO date-time; default: the start of the meeting day */
                asOf?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        meeting: {
                            id: number;
                            title: string;
                            date: string;
                            address: string | null;
                        };
                        group: {
                            id: number;
                            name: string;
                            serviceArea: string;
                            isDemo: boolean;
                        };
                        /** @description The instant whose approved values the pack shows */
                        asOf: string;
                        members: {
                            code: string;
                            name: string;
                        }[];
                        host: {
                            code: string;
                            name: string;
                            kind: string;
                            description: string | null;
                            website: string | null;
                            email: string | null;
                            phone: string | null;
                        };
                        indicators: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            decimals: number;
                            polarity: string;
                            area: string;
                            /** @description Latest period with a value of any member, as of the pack date */
                            period: string | null;
                            n: number;
                            median: number | null;
                            q1: number | null;
                            q3: number | null;
                            min: number | null;
                            max: number | null;
                            trendPeriods: string[];
                            medianTrend: (number | null)[];
                            members: {
                                unitCode: string;
                                value: number | null;
                                rank: number | null;
                                quartile: number | null;
                                trend: (number | null)[];
                            }[];
                            isHeadline: boolean;
                        }[];
                        decisionQuality: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            decimals: number;
                            polarity: string;
                            area: string;
                            /** @description Latest period with a value of any member, as of the pack date */
                            period: string | null;
                            n: number;
                            median: number | null;
                            q1: number | null;
                            q3: number | null;
                            min: number | null;
                            max: number | null;
                            trendPeriods: string[];
                            medianTrend: (number | null)[];
                            members: {
                                unitCode: string;
                                value: number | null;
                                rank: number | null;
                                quartile: number | null;
                                trend: (number | null)[];
                            }[];
                        }[];
                        surveys: {
                            waveId: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            title: string;
                            status: string;
                            n: number;
                            question: string | null;
                            /** @description Headline share with its 95 % Wilson interval; null when suppressed below the minimum n */
                            headline: {
                                successes: number;
                                n: number;
                                estimate: number;
                                lower: number;
                                upper: number;
                            } | null;
                        }[];
                        previousActions: {
                            id: number;
                            meetingId: number;
                            unit: {
                                code: string;
                                name: string;
                            };
                            owner: string | null;
                            title: string;
                            dueOn: string | null;
                            /** @enum {string} */
                            status: "open" | "done" | "cancelled";
                            /** @description The improvement-plan action it was sent to */
                            planActionId: number | null;
                        }[];
                        previousMeeting: {
                            date: string;
                            title: string;
                        } | null;
                        agenda: {
                            title: string;
                            note?: string | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    importDecisionCases: {
        parameters: {
            query: {
                /** @description 2024, 2024-H1 or 2024-Q3: decisions must be issued in it */
                period: string;
                fileName?: string;
                dryRun?: "true" | "false";
            };
            header?: never;
            path: {
                /** @description Unit code; for Polish units the TERYT code (2, 4 or 7 digits, leading zeros kept) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        unitCode: string;
                        period: string;
                        cases: number;
                        summary: {
                            total: {
                                decisions: number;
                                late: number;
                                lateShare: number | null;
                                processingDaysTotal: number;
                                processingDaysMean: number | null;
                                processingDaysMedian: number | null;
                                processingDaysP90: number | null;
                                appealed: number;
                                pending: number;
                                onMerits: number;
                                overturned: number;
                                overturnedShareOfMerits: number | null;
                                overturnedPer1000: number | null;
                                appealRate: number | null;
                            };
                            byCategory: {
                                decisions: number;
                                late: number;
                                lateShare: number | null;
                                processingDaysTotal: number;
                                processingDaysMean: number | null;
                                processingDaysMedian: number | null;
                                processingDaysP90: number | null;
                                appealed: number;
                                pending: number;
                                onMerits: number;
                                overturned: number;
                                overturnedShareOfMerits: number | null;
                                overturnedPer1000: number | null;
                                appealRate: number | null;
                                /** @enum {string} */
                                category: "civil-registry" | "local-taxes" | "construction" | "social-benefits" | "spatial-planning" | "environment" | "roads" | "other";
                            }[];
                        };
                        values: {
                            variableCode: string;
                            value: number;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getGroupDecisionQuality: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        indicators: {
                            code: string;
                            names: {
                                pl: string;
                                en: string;
                            };
                            unit: string;
                            decimals: number;
                            polarity: string;
                            area: string;
                            /** @description Latest period with a value of any member, as of the pack date */
                            period: string | null;
                            n: number;
                            median: number | null;
                            q1: number | null;
                            q3: number | null;
                            min: number | null;
                            max: number | null;
                            trendPeriods: string[];
                            medianTrend: (number | null)[];
                            members: {
                                unitCode: string;
                                value: number | null;
                                rank: number | null;
                                quartile: number | null;
                                trend: (number | null)[];
                            }[];
                        }[];
                        imports: {
                            unit: {
                                code: string;
                                name: string;
                            };
                            period: string;
                            fileName: string;
                            cases: number;
                            importedAt: string;
                            summary: {
                                total: {
                                    decisions: number;
                                    late: number;
                                    lateShare: number | null;
                                    processingDaysTotal: number;
                                    processingDaysMean: number | null;
                                    processingDaysMedian: number | null;
                                    processingDaysP90: number | null;
                                    appealed: number;
                                    pending: number;
                                    onMerits: number;
                                    overturned: number;
                                    overturnedShareOfMerits: number | null;
                                    overturnedPer1000: number | null;
                                    appealRate: number | null;
                                };
                                byCategory: {
                                    decisions: number;
                                    late: number;
                                    lateShare: number | null;
                                    processingDaysTotal: number;
                                    processingDaysMean: number | null;
                                    processingDaysMedian: number | null;
                                    processingDaysP90: number | null;
                                    appealed: number;
                                    pending: number;
                                    onMerits: number;
                                    overturned: number;
                                    overturnedShareOfMerits: number | null;
                                    overturnedPer1000: number | null;
                                    appealRate: number | null;
                                    /** @enum {string} */
                                    category: "civil-registry" | "local-taxes" | "construction" | "social-benefits" | "spatial-planning" | "environment" | "roads" | "other";
                                }[];
                            };
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    openDecisionQualityRound: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    period: string;
                    /** Format: date-time */
                    deadline: string;
                    name?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        name: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listGroupComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            indicatorCode: string;
                            period: string;
                            parentId: number | null;
                            body: string;
                            authorName: string;
                            pinnedMeetingId: number | null;
                            createdAt: string;
                        }[];
                        canModerate: boolean;
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    addGroupComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    indicatorCode: string;
                    period: string;
                    body: string;
                    parentId?: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        indicatorCode: string;
                        period: string;
                        parentId: number | null;
                        body: string;
                        authorName: string;
                        pinnedMeetingId: number | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    pinGroupComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Default: the next meeting; null unpins */
                    meetingId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        indicatorCode: string;
                        period: string;
                        parentId: number | null;
                        body: string;
                        authorName: string;
                        pinnedMeetingId: number | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    searchGoodPractices: {
        parameters: {
            query?: {
                q?: string;
                serviceArea?: string;
                unitKind?: string;
                voivodeship?: string;
                populationBand?: string;
                evidence?: string;
                source?: string;
                year?: string;
                tag?: string;
                /** @description Working-copy status; signed-in users only (anonymous callers see published entries) */
                status?: "draft" | "submitted" | "returned" | "published" | "any";
                /** @description Entries of this unit (its own, and adoptions don't count) */
                unit?: string;
                sort?: "relevance" | "date" | "evidence";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            title: string;
                            /**
                             * @description The working copy's status
                             * @enum {string}
                             */
                            status: "draft" | "submitted" | "returned" | "published";
                            version: number;
                            publishedVersion: number | null;
                            units: {
                                code: string;
                                name: string;
                                kind: string;
                            }[];
                            serviceArea: string;
                            unitKinds: string[];
                            tags: string[];
                            year: number | null;
                            voivodeship: string | null;
                            populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                            /** @enum {string} */
                            evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                            source: {
                                /** @enum {string} */
                                kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                                id: string | null;
                                url: string | null;
                            };
                            /** @description Start of the problem statement, as text */
                            excerpt: string;
                            mayBeOutOfDate: boolean;
                            adoptionCount: number;
                            publishedAt: string | null;
                            updatedAt: string;
                            /** @description Relevance (BM25) when searching with q */
                            score: number | null;
                            highlights: {
                                /** @enum {string} */
                                field: "title" | "problem" | "solution" | "results" | "tags";
                                segments: {
                                    text: string;
                                    match: boolean;
                                }[];
                            }[];
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                        facets: {
                            serviceArea: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            unitKind: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            voivodeship: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            populationBand: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            evidence: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            source: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            year: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                            tag: {
                                value: string;
                                label: string;
                                count: number;
                            }[];
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    createGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title: string;
                    /** @enum {string} */
                    serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                    /**
                     * @description Unit kinds the practice suits
                     * @default []
                     */
                    unitKinds?: string[];
                    problem: string;
                    solution: string;
                    implementation?: {
                        steps?: string | null;
                        duration?: string | null;
                        people?: string | null;
                    };
                    /** @description Exact decimal string */
                    costPln?: string | null;
                    results?: string | null;
                    /** @default [] */
                    indicators?: {
                        code: string;
                        /** @description The year the practice started; the effect check compares the years before it with those after it */
                        startPeriod: string;
                        /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                        peers?: string | null;
                    }[];
                    /** @description Lessons learnt, including what did not work */
                    lessons?: string | null;
                    transferability?: string | null;
                    contact?: {
                        name: string;
                        email?: string | null;
                        phone?: string | null;
                    } | null;
                    /** @default [] */
                    tags?: string[];
                    /** @description Year the practice started */
                    year?: number | null;
                    unitCode: string;
                    /** @default [] */
                    otherUnitCodes?: string[];
                    /**
                     * @default {
                     *       "kind": "free"
                     *     }
                     */
                    source?: {
                        /** @enum {string} */
                        kind: "free" | "benchmarking-group" | "strategy" | "competition-edition";
                        id?: string | null;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        title: string;
                        /**
                         * @description The working copy's status
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "returned" | "published";
                        version: number;
                        publishedVersion: number | null;
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                        }[];
                        serviceArea: string;
                        unitKinds: string[];
                        tags: string[];
                        year: number | null;
                        voivodeship: string | null;
                        populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                        /** @enum {string} */
                        evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                        source: {
                            /** @enum {string} */
                            kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                            id: string | null;
                            url: string | null;
                        };
                        /** @description Start of the problem statement, as text */
                        excerpt: string;
                        mayBeOutOfDate: boolean;
                        adoptionCount: number;
                        publishedAt: string | null;
                        updatedAt: string;
                        /**
                         * @description Which copy this is: the working copy or the published version
                         * @enum {string}
                         */
                        viewing: "working" | "published";
                        content: {
                            title: string;
                            /** @enum {string} */
                            serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                            /**
                             * @description Unit kinds the practice suits
                             * @default []
                             */
                            unitKinds: string[];
                            problem: string;
                            solution: string;
                            implementation: {
                                steps: string | null;
                                duration: string | null;
                                people: string | null;
                            };
                            costPln: string | null;
                            results: string | null;
                            /** @default [] */
                            indicators: {
                                code: string;
                                /** @description The year the practice started; the effect check compares the years before it with those after it */
                                startPeriod: string;
                                /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                peers?: string | null;
                            }[];
                            lessons: string | null;
                            transferability: string | null;
                            contact: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** @default [] */
                            tags: string[];
                            year: number | null;
                        };
                        html: {
                            /** @description Sanitised HTML rendered from the Markdown text */
                            problem: string;
                            /** @description Sanitised HTML rendered from the Markdown text */
                            solution: string;
                            implementationSteps: string | null;
                            results: string | null;
                            lessons: string | null;
                            transferability: string | null;
                        };
                        returnComment: string | null;
                        confirmedAt: string | null;
                        attachments: {
                            id: number;
                            fileName: string;
                            mediaType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        adoptions: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            adoptedOn: string;
                            changes: string | null;
                            improvementActionId: number | null;
                            createdAt: string;
                        }[];
                        versions: {
                            version: number;
                            publishedAt: string;
                        }[];
                        events: {
                            kind: string;
                            version: number;
                            comment: string | null;
                            createdAt: string;
                        }[];
                        permissions: {
                            edit: boolean;
                            curate: boolean;
                            adopt: boolean;
                        };
                        /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                        warnings: {
                            path: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    proposeGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    source: {
                        /** @enum {string} */
                        kind: "improvement-action" | "network-meeting-action" | "competition-application";
                        id: string | number;
                    };
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        created: false;
                        practice: {
                            id: number;
                            title: string;
                            /**
                             * @description The working copy's status
                             * @enum {string}
                             */
                            status: "draft" | "submitted" | "returned" | "published";
                            version: number;
                            publishedVersion: number | null;
                            units: {
                                code: string;
                                name: string;
                                kind: string;
                            }[];
                            serviceArea: string;
                            unitKinds: string[];
                            tags: string[];
                            year: number | null;
                            voivodeship: string | null;
                            populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                            /** @enum {string} */
                            evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                            source: {
                                /** @enum {string} */
                                kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                                id: string | null;
                                url: string | null;
                            };
                            /** @description Start of the problem statement, as text */
                            excerpt: string;
                            mayBeOutOfDate: boolean;
                            adoptionCount: number;
                            publishedAt: string | null;
                            updatedAt: string;
                            /**
                             * @description Which copy this is: the working copy or the published version
                             * @enum {string}
                             */
                            viewing: "working" | "published";
                            content: {
                                title: string;
                                /** @enum {string} */
                                serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                                /**
                                 * @description Unit kinds the practice suits
                                 * @default []
                                 */
                                unitKinds: string[];
                                problem: string;
                                solution: string;
                                implementation: {
                                    steps: string | null;
                                    duration: string | null;
                                    people: string | null;
                                };
                                costPln: string | null;
                                results: string | null;
                                /** @default [] */
                                indicators: {
                                    code: string;
                                    /** @description The year the practice started; the effect check compares the years before it with those after it */
                                    startPeriod: string;
                                    /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                    peers?: string | null;
                                }[];
                                lessons: string | null;
                                transferability: string | null;
                                contact: {
                                    name: string;
                                    email: string | null;
                                    phone: string | null;
                                } | null;
                                /** @default [] */
                                tags: string[];
                                year: number | null;
                            };
                            html: {
                                /** @description Sanitised HTML rendered from the Markdown text */
                                problem: string;
                                /** @description Sanitised HTML rendered from the Markdown text */
                                solution: string;
                                implementationSteps: string | null;
                                results: string | null;
                                lessons: string | null;
                                transferability: string | null;
                            };
                            returnComment: string | null;
                            confirmedAt: string | null;
                            attachments: {
                                id: number;
                                fileName: string;
                                mediaType: string;
                                size: number;
                                createdAt: string;
                            }[];
                            adoptions: {
                                id: number;
                                unit: {
                                    code: string;
                                    name: string;
                                    kind: string;
                                };
                                adoptedOn: string;
                                changes: string | null;
                                improvementActionId: number | null;
                                createdAt: string;
                            }[];
                            versions: {
                                version: number;
                                publishedAt: string;
                            }[];
                            events: {
                                kind: string;
                                version: number;
                                comment: string | null;
                                createdAt: string;
                            }[];
                            permissions: {
                                edit: boolean;
                                curate: boolean;
                                adopt: boolean;
                            };
                            /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                            warnings: {
                                path: string;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        created: true;
                        practice: {
                            id: number;
                            title: string;
                            /**
                             * @description The working copy's status
                             * @enum {string}
                             */
                            status: "draft" | "submitted" | "returned" | "published";
                            version: number;
                            publishedVersion: number | null;
                            units: {
                                code: string;
                                name: string;
                                kind: string;
                            }[];
                            serviceArea: string;
                            unitKinds: string[];
                            tags: string[];
                            year: number | null;
                            voivodeship: string | null;
                            populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                            /** @enum {string} */
                            evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                            source: {
                                /** @enum {string} */
                                kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                                id: string | null;
                                url: string | null;
                            };
                            /** @description Start of the problem statement, as text */
                            excerpt: string;
                            mayBeOutOfDate: boolean;
                            adoptionCount: number;
                            publishedAt: string | null;
                            updatedAt: string;
                            /**
                             * @description Which copy this is: the working copy or the published version
                             * @enum {string}
                             */
                            viewing: "working" | "published";
                            content: {
                                title: string;
                                /** @enum {string} */
                                serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                                /**
                                 * @description Unit kinds the practice suits
                                 * @default []
                                 */
                                unitKinds: string[];
                                problem: string;
                                solution: string;
                                implementation: {
                                    steps: string | null;
                                    duration: string | null;
                                    people: string | null;
                                };
                                costPln: string | null;
                                results: string | null;
                                /** @default [] */
                                indicators: {
                                    code: string;
                                    /** @description The year the practice started; the effect check compares the years before it with those after it */
                                    startPeriod: string;
                                    /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                    peers?: string | null;
                                }[];
                                lessons: string | null;
                                transferability: string | null;
                                contact: {
                                    name: string;
                                    email: string | null;
                                    phone: string | null;
                                } | null;
                                /** @default [] */
                                tags: string[];
                                year: number | null;
                            };
                            html: {
                                /** @description Sanitised HTML rendered from the Markdown text */
                                problem: string;
                                /** @description Sanitised HTML rendered from the Markdown text */
                                solution: string;
                                implementationSteps: string | null;
                                results: string | null;
                                lessons: string | null;
                                transferability: string | null;
                            };
                            returnComment: string | null;
                            confirmedAt: string | null;
                            attachments: {
                                id: number;
                                fileName: string;
                                mediaType: string;
                                size: number;
                                createdAt: string;
                            }[];
                            adoptions: {
                                id: number;
                                unit: {
                                    code: string;
                                    name: string;
                                    kind: string;
                                };
                                adoptedOn: string;
                                changes: string | null;
                                improvementActionId: number | null;
                                createdAt: string;
                            }[];
                            versions: {
                                version: number;
                                publishedAt: string;
                            }[];
                            events: {
                                kind: string;
                                version: number;
                                comment: string | null;
                                createdAt: string;
                            }[];
                            permissions: {
                                edit: boolean;
                                curate: boolean;
                                adopt: boolean;
                            };
                            /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                            warnings: {
                                path: string;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    importGoodPractices: {
        parameters: {
            query?: {
                dryRun?: "true" | "false";
                publish?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        created: number;
                        ids: number[];
                    };
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        dryRun: boolean;
                        created: number;
                        ids: number[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    goodPracticesFeed: {
        parameters: {
            query?: {
                format?: "atom" | "rss";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        title: string;
                        /**
                         * @description The working copy's status
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "returned" | "published";
                        version: number;
                        publishedVersion: number | null;
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                        }[];
                        serviceArea: string;
                        unitKinds: string[];
                        tags: string[];
                        year: number | null;
                        voivodeship: string | null;
                        populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                        /** @enum {string} */
                        evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                        source: {
                            /** @enum {string} */
                            kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                            id: string | null;
                            url: string | null;
                        };
                        /** @description Start of the problem statement, as text */
                        excerpt: string;
                        mayBeOutOfDate: boolean;
                        adoptionCount: number;
                        publishedAt: string | null;
                        updatedAt: string;
                        /**
                         * @description Which copy this is: the working copy or the published version
                         * @enum {string}
                         */
                        viewing: "working" | "published";
                        content: {
                            title: string;
                            /** @enum {string} */
                            serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                            /**
                             * @description Unit kinds the practice suits
                             * @default []
                             */
                            unitKinds: string[];
                            problem: string;
                            solution: string;
                            implementation: {
                                steps: string | null;
                                duration: string | null;
                                people: string | null;
                            };
                            costPln: string | null;
                            results: string | null;
                            /** @default [] */
                            indicators: {
                                code: string;
                                /** @description The year the practice started; the effect check compares the years before it with those after it */
                                startPeriod: string;
                                /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                peers?: string | null;
                            }[];
                            lessons: string | null;
                            transferability: string | null;
                            contact: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** @default [] */
                            tags: string[];
                            year: number | null;
                        };
                        html: {
                            /** @description Sanitised HTML rendered from the Markdown text */
                            problem: string;
                            /** @description Sanitised HTML rendered from the Markdown text */
                            solution: string;
                            implementationSteps: string | null;
                            results: string | null;
                            lessons: string | null;
                            transferability: string | null;
                        };
                        returnComment: string | null;
                        confirmedAt: string | null;
                        attachments: {
                            id: number;
                            fileName: string;
                            mediaType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        adoptions: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            adoptedOn: string;
                            changes: string | null;
                            improvementActionId: number | null;
                            createdAt: string;
                        }[];
                        versions: {
                            version: number;
                            publishedAt: string;
                        }[];
                        events: {
                            kind: string;
                            version: number;
                            comment: string | null;
                            createdAt: string;
                        }[];
                        permissions: {
                            edit: boolean;
                            curate: boolean;
                            adopt: boolean;
                        };
                        /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                        warnings: {
                            path: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    updateGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    title?: string;
                    /** @enum {string} */
                    serviceArea?: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                    unitKinds?: string[];
                    problem?: string;
                    solution?: string;
                    implementation?: {
                        steps?: string | null;
                        duration?: string | null;
                        people?: string | null;
                    };
                    /** @description Exact decimal string */
                    costPln?: string | null;
                    results?: string | null;
                    indicators?: {
                        code: string;
                        /** @description The year the practice started; the effect check compares the years before it with those after it */
                        startPeriod: string;
                        /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                        peers?: string | null;
                    }[];
                    /** @description Lessons learnt, including what did not work */
                    lessons?: string | null;
                    transferability?: string | null;
                    contact?: {
                        name: string;
                        email?: string | null;
                        phone?: string | null;
                    } | null;
                    tags?: string[];
                    /** @description Year the practice started */
                    year?: number | null;
                    otherUnitCodes?: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        title: string;
                        /**
                         * @description The working copy's status
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "returned" | "published";
                        version: number;
                        publishedVersion: number | null;
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                        }[];
                        serviceArea: string;
                        unitKinds: string[];
                        tags: string[];
                        year: number | null;
                        voivodeship: string | null;
                        populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                        /** @enum {string} */
                        evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                        source: {
                            /** @enum {string} */
                            kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                            id: string | null;
                            url: string | null;
                        };
                        /** @description Start of the problem statement, as text */
                        excerpt: string;
                        mayBeOutOfDate: boolean;
                        adoptionCount: number;
                        publishedAt: string | null;
                        updatedAt: string;
                        /**
                         * @description Which copy this is: the working copy or the published version
                         * @enum {string}
                         */
                        viewing: "working" | "published";
                        content: {
                            title: string;
                            /** @enum {string} */
                            serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                            /**
                             * @description Unit kinds the practice suits
                             * @default []
                             */
                            unitKinds: string[];
                            problem: string;
                            solution: string;
                            implementation: {
                                steps: string | null;
                                duration: string | null;
                                people: string | null;
                            };
                            costPln: string | null;
                            results: string | null;
                            /** @default [] */
                            indicators: {
                                code: string;
                                /** @description The year the practice started; the effect check compares the years before it with those after it */
                                startPeriod: string;
                                /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                peers?: string | null;
                            }[];
                            lessons: string | null;
                            transferability: string | null;
                            contact: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** @default [] */
                            tags: string[];
                            year: number | null;
                        };
                        html: {
                            /** @description Sanitised HTML rendered from the Markdown text */
                            problem: string;
                            /** @description Sanitised HTML rendered from the Markdown text */
                            solution: string;
                            implementationSteps: string | null;
                            results: string | null;
                            lessons: string | null;
                            transferability: string | null;
                        };
                        returnComment: string | null;
                        confirmedAt: string | null;
                        attachments: {
                            id: number;
                            fileName: string;
                            mediaType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        adoptions: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            adoptedOn: string;
                            changes: string | null;
                            improvementActionId: number | null;
                            createdAt: string;
                        }[];
                        versions: {
                            version: number;
                            publishedAt: string;
                        }[];
                        events: {
                            kind: string;
                            version: number;
                            comment: string | null;
                            createdAt: string;
                        }[];
                        permissions: {
                            edit: boolean;
                            curate: boolean;
                            adopt: boolean;
                        };
                        /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                        warnings: {
                            path: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    submitGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        title: string;
                        /**
                         * @description The working copy's status
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "returned" | "published";
                        version: number;
                        publishedVersion: number | null;
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                        }[];
                        serviceArea: string;
                        unitKinds: string[];
                        tags: string[];
                        year: number | null;
                        voivodeship: string | null;
                        populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                        /** @enum {string} */
                        evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                        source: {
                            /** @enum {string} */
                            kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                            id: string | null;
                            url: string | null;
                        };
                        /** @description Start of the problem statement, as text */
                        excerpt: string;
                        mayBeOutOfDate: boolean;
                        adoptionCount: number;
                        publishedAt: string | null;
                        updatedAt: string;
                        /**
                         * @description Which copy this is: the working copy or the published version
                         * @enum {string}
                         */
                        viewing: "working" | "published";
                        content: {
                            title: string;
                            /** @enum {string} */
                            serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                            /**
                             * @description Unit kinds the practice suits
                             * @default []
                             */
                            unitKinds: string[];
                            problem: string;
                            solution: string;
                            implementation: {
                                steps: string | null;
                                duration: string | null;
                                people: string | null;
                            };
                            costPln: string | null;
                            results: string | null;
                            /** @default [] */
                            indicators: {
                                code: string;
                                /** @description The year the practice started; the effect check compares the years before it with those after it */
                                startPeriod: string;
                                /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                peers?: string | null;
                            }[];
                            lessons: string | null;
                            transferability: string | null;
                            contact: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** @default [] */
                            tags: string[];
                            year: number | null;
                        };
                        html: {
                            /** @description Sanitised HTML rendered from the Markdown text */
                            problem: string;
                            /** @description Sanitised HTML rendered from the Markdown text */
                            solution: string;
                            implementationSteps: string | null;
                            results: string | null;
                            lessons: string | null;
                            transferability: string | null;
                        };
                        returnComment: string | null;
                        confirmedAt: string | null;
                        attachments: {
                            id: number;
                            fileName: string;
                            mediaType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        adoptions: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            adoptedOn: string;
                            changes: string | null;
                            improvementActionId: number | null;
                            createdAt: string;
                        }[];
                        versions: {
                            version: number;
                            publishedAt: string;
                        }[];
                        events: {
                            kind: string;
                            version: number;
                            comment: string | null;
                            createdAt: string;
                        }[];
                        permissions: {
                            edit: boolean;
                            curate: boolean;
                            adopt: boolean;
                        };
                        /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                        warnings: {
                            path: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    publishGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        title: string;
                        /**
                         * @description The working copy's status
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "returned" | "published";
                        version: number;
                        publishedVersion: number | null;
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                        }[];
                        serviceArea: string;
                        unitKinds: string[];
                        tags: string[];
                        year: number | null;
                        voivodeship: string | null;
                        populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                        /** @enum {string} */
                        evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                        source: {
                            /** @enum {string} */
                            kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                            id: string | null;
                            url: string | null;
                        };
                        /** @description Start of the problem statement, as text */
                        excerpt: string;
                        mayBeOutOfDate: boolean;
                        adoptionCount: number;
                        publishedAt: string | null;
                        updatedAt: string;
                        /**
                         * @description Which copy this is: the working copy or the published version
                         * @enum {string}
                         */
                        viewing: "working" | "published";
                        content: {
                            title: string;
                            /** @enum {string} */
                            serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                            /**
                             * @description Unit kinds the practice suits
                             * @default []
                             */
                            unitKinds: string[];
                            problem: string;
                            solution: string;
                            implementation: {
                                steps: string | null;
                                duration: string | null;
                                people: string | null;
                            };
                            costPln: string | null;
                            results: string | null;
                            /** @default [] */
                            indicators: {
                                code: string;
                                /** @description The year the practice started; the effect check compares the years before it with those after it */
                                startPeriod: string;
                                /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                peers?: string | null;
                            }[];
                            lessons: string | null;
                            transferability: string | null;
                            contact: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** @default [] */
                            tags: string[];
                            year: number | null;
                        };
                        html: {
                            /** @description Sanitised HTML rendered from the Markdown text */
                            problem: string;
                            /** @description Sanitised HTML rendered from the Markdown text */
                            solution: string;
                            implementationSteps: string | null;
                            results: string | null;
                            lessons: string | null;
                            transferability: string | null;
                        };
                        returnComment: string | null;
                        confirmedAt: string | null;
                        attachments: {
                            id: number;
                            fileName: string;
                            mediaType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        adoptions: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            adoptedOn: string;
                            changes: string | null;
                            improvementActionId: number | null;
                            createdAt: string;
                        }[];
                        versions: {
                            version: number;
                            publishedAt: string;
                        }[];
                        events: {
                            kind: string;
                            version: number;
                            comment: string | null;
                            createdAt: string;
                        }[];
                        permissions: {
                            edit: boolean;
                            curate: boolean;
                            adopt: boolean;
                        };
                        /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                        warnings: {
                            path: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    confirmGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        title: string;
                        /**
                         * @description The working copy's status
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "returned" | "published";
                        version: number;
                        publishedVersion: number | null;
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                        }[];
                        serviceArea: string;
                        unitKinds: string[];
                        tags: string[];
                        year: number | null;
                        voivodeship: string | null;
                        populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                        /** @enum {string} */
                        evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                        source: {
                            /** @enum {string} */
                            kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                            id: string | null;
                            url: string | null;
                        };
                        /** @description Start of the problem statement, as text */
                        excerpt: string;
                        mayBeOutOfDate: boolean;
                        adoptionCount: number;
                        publishedAt: string | null;
                        updatedAt: string;
                        /**
                         * @description Which copy this is: the working copy or the published version
                         * @enum {string}
                         */
                        viewing: "working" | "published";
                        content: {
                            title: string;
                            /** @enum {string} */
                            serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                            /**
                             * @description Unit kinds the practice suits
                             * @default []
                             */
                            unitKinds: string[];
                            problem: string;
                            solution: string;
                            implementation: {
                                steps: string | null;
                                duration: string | null;
                                people: string | null;
                            };
                            costPln: string | null;
                            results: string | null;
                            /** @default [] */
                            indicators: {
                                code: string;
                                /** @description The year the practice started; the effect check compares the years before it with those after it */
                                startPeriod: string;
                                /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                peers?: string | null;
                            }[];
                            lessons: string | null;
                            transferability: string | null;
                            contact: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** @default [] */
                            tags: string[];
                            year: number | null;
                        };
                        html: {
                            /** @description Sanitised HTML rendered from the Markdown text */
                            problem: string;
                            /** @description Sanitised HTML rendered from the Markdown text */
                            solution: string;
                            implementationSteps: string | null;
                            results: string | null;
                            lessons: string | null;
                            transferability: string | null;
                        };
                        returnComment: string | null;
                        confirmedAt: string | null;
                        attachments: {
                            id: number;
                            fileName: string;
                            mediaType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        adoptions: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            adoptedOn: string;
                            changes: string | null;
                            improvementActionId: number | null;
                            createdAt: string;
                        }[];
                        versions: {
                            version: number;
                            publishedAt: string;
                        }[];
                        events: {
                            kind: string;
                            version: number;
                            comment: string | null;
                            createdAt: string;
                        }[];
                        permissions: {
                            edit: boolean;
                            curate: boolean;
                            adopt: boolean;
                        };
                        /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                        warnings: {
                            path: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    returnGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    comment: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        title: string;
                        /**
                         * @description The working copy's status
                         * @enum {string}
                         */
                        status: "draft" | "submitted" | "returned" | "published";
                        version: number;
                        publishedVersion: number | null;
                        units: {
                            code: string;
                            name: string;
                            kind: string;
                        }[];
                        serviceArea: string;
                        unitKinds: string[];
                        tags: string[];
                        year: number | null;
                        voivodeship: string | null;
                        populationBand: ("<5k" | "5k-10k" | "10k-20k" | "20k-50k" | "50k-100k" | "100k-500k" | "500k+") | null;
                        /** @enum {string} */
                        evidenceGrade: "measured-better-than-peers" | "measured" | "described-only";
                        source: {
                            /** @enum {string} */
                            kind: "free" | "benchmarking-group" | "strategy" | "competition-edition" | "competition-application" | "improvement-action" | "network-meeting-action" | "import";
                            id: string | null;
                            url: string | null;
                        };
                        /** @description Start of the problem statement, as text */
                        excerpt: string;
                        mayBeOutOfDate: boolean;
                        adoptionCount: number;
                        publishedAt: string | null;
                        updatedAt: string;
                        /**
                         * @description Which copy this is: the working copy or the published version
                         * @enum {string}
                         */
                        viewing: "working" | "published";
                        content: {
                            title: string;
                            /** @enum {string} */
                            serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                            /**
                             * @description Unit kinds the practice suits
                             * @default []
                             */
                            unitKinds: string[];
                            problem: string;
                            solution: string;
                            implementation: {
                                steps: string | null;
                                duration: string | null;
                                people: string | null;
                            };
                            costPln: string | null;
                            results: string | null;
                            /** @default [] */
                            indicators: {
                                code: string;
                                /** @description The year the practice started; the effect check compares the years before it with those after it */
                                startPeriod: string;
                                /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                peers?: string | null;
                            }[];
                            lessons: string | null;
                            transferability: string | null;
                            contact: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** @default [] */
                            tags: string[];
                            year: number | null;
                        };
                        html: {
                            /** @description Sanitised HTML rendered from the Markdown text */
                            problem: string;
                            /** @description Sanitised HTML rendered from the Markdown text */
                            solution: string;
                            implementationSteps: string | null;
                            results: string | null;
                            lessons: string | null;
                            transferability: string | null;
                        };
                        returnComment: string | null;
                        confirmedAt: string | null;
                        attachments: {
                            id: number;
                            fileName: string;
                            mediaType: string;
                            size: number;
                            createdAt: string;
                        }[];
                        adoptions: {
                            id: number;
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            adoptedOn: string;
                            changes: string | null;
                            improvementActionId: number | null;
                            createdAt: string;
                        }[];
                        versions: {
                            version: number;
                            publishedAt: string;
                        }[];
                        events: {
                            kind: string;
                            version: number;
                            comment: string | null;
                            createdAt: string;
                        }[];
                        permissions: {
                            edit: boolean;
                            curate: boolean;
                            adopt: boolean;
                        };
                        /** @description Why a linked indicator gives no evidence; the entry saved anyway, as "described only" for it */
                        warnings: {
                            path: string;
                            code: string;
                            message: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listGoodPracticeVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            version: number;
                            publishedAt: string;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getGoodPracticeVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        version: number;
                        publishedAt: string;
                        content: {
                            title: string;
                            /** @enum {string} */
                            serviceArea: "education" | "roads" | "health" | "social-assistance" | "administration" | "finance" | "culture" | "environment" | "transport" | "housing" | "public-safety" | "other";
                            /**
                             * @description Unit kinds the practice suits
                             * @default []
                             */
                            unitKinds: string[];
                            problem: string;
                            solution: string;
                            implementation: {
                                steps: string | null;
                                duration: string | null;
                                people: string | null;
                            };
                            costPln: string | null;
                            results: string | null;
                            /** @default [] */
                            indicators: {
                                code: string;
                                /** @description The year the practice started; the effect check compares the years before it with those after it */
                                startPeriod: string;
                                /** @description Peer-group spec for the check; default the 15 nearest neighbours */
                                peers?: string | null;
                            }[];
                            lessons: string | null;
                            transferability: string | null;
                            contact: {
                                name: string;
                                email: string | null;
                                phone: string | null;
                            } | null;
                            /** @default [] */
                            tags: string[];
                            year: number | null;
                        };
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getGoodPracticeEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        practiceId: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        /** @enum {string} */
                        grade: "measured-better-than-peers" | "measured" | "described-only";
                        indicators: {
                            code: string;
                            /** @description The year the practice started (for an adopter: the year it adopted) */
                            startPeriod: string;
                            /** @description Why this indicator gives no evidence (the entry still saves, as "described only") */
                            problem: {
                                /** @enum {string} */
                                code: "INDICATOR_NOT_FOUND" | "INDICATOR_NOT_APPLICABLE" | "NO_DATA";
                                message: string;
                            } | null;
                            /** @description The improvement-plan effect check around the start year: the unit's series, the peers' median series, the verdict */
                            effect: {
                                actionStart: string | null;
                                actionEnd: string | null;
                                indicator: {
                                    code: string;
                                    names: {
                                        pl: string;
                                        en: string;
                                    };
                                    unit: string;
                                    decimals: number;
                                    polarity: string;
                                };
                                peers: {
                                    spec: string;
                                    count: number;
                                };
                                /**
                                 * @description not-applicable: a neutral indicator has no better direction
                                 * @enum {string}
                                 */
                                verdict: "improved-more-than-peers" | "in-line-with-peers" | "worse-than-peers" | "not-enough-data" | "not-applicable";
                                reasons: {
                                    code: string;
                                    message: string;
                                }[];
                                check: {
                                    baselinePeriods: string[];
                                    followUpPeriods: string[];
                                    unit: {
                                        before: number | null;
                                        after: number | null;
                                        change: number | null;
                                    };
                                    peers: {
                                        changes: {
                                            unitId: string;
                                            change: number;
                                        }[];
                                        excluded: {
                                            unitId: string;
                                            /** @enum {string} */
                                            reason: "NO_BASELINE_VALUE" | "NO_FOLLOW_UP_VALUE";
                                        }[];
                                        medianChange: number | null;
                                        q1: number | null;
                                        q3: number | null;
                                        iqr: number | null;
                                    };
                                    differenceInDifferences: number | null;
                                    /** @description Positive: the unit improved more than the peer median */
                                    improvementBeyondPeers: number | null;
                                    /** @description Normal variation: the peers' interquartile range of changes */
                                    tolerance: number | null;
                                    percentileRank: number | null;
                                    rank: {
                                        position: number;
                                        of: number;
                                    } | null;
                                } | null;
                                unitSeries: {
                                    period: string;
                                    value: number | null;
                                }[];
                                peerMedianSeries: {
                                    period: string;
                                    value: number | null;
                                    q1: number | null;
                                    q3: number | null;
                                    n: number;
                                }[];
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    adoptGoodPractice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    unitCode: string;
                    adoptedOn: string;
                    /** @description What the adopter changed */
                    changes?: string | null;
                    improvementActionId?: number | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        adoptedOn: string;
                        changes: string | null;
                        improvementActionId: number | null;
                        createdAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getGoodPracticeAdoptionEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                adoptionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        practiceId: number;
                        unit: {
                            code: string;
                            name: string;
                            kind: string;
                        };
                        /** @enum {string} */
                        grade: "measured-better-than-peers" | "measured" | "described-only";
                        indicators: {
                            code: string;
                            /** @description The year the practice started (for an adopter: the year it adopted) */
                            startPeriod: string;
                            /** @description Why this indicator gives no evidence (the entry still saves, as "described only") */
                            problem: {
                                /** @enum {string} */
                                code: "INDICATOR_NOT_FOUND" | "INDICATOR_NOT_APPLICABLE" | "NO_DATA";
                                message: string;
                            } | null;
                            /** @description The improvement-plan effect check around the start year: the unit's series, the peers' median series, the verdict */
                            effect: {
                                actionStart: string | null;
                                actionEnd: string | null;
                                indicator: {
                                    code: string;
                                    names: {
                                        pl: string;
                                        en: string;
                                    };
                                    unit: string;
                                    decimals: number;
                                    polarity: string;
                                };
                                peers: {
                                    spec: string;
                                    count: number;
                                };
                                /**
                                 * @description not-applicable: a neutral indicator has no better direction
                                 * @enum {string}
                                 */
                                verdict: "improved-more-than-peers" | "in-line-with-peers" | "worse-than-peers" | "not-enough-data" | "not-applicable";
                                reasons: {
                                    code: string;
                                    message: string;
                                }[];
                                check: {
                                    baselinePeriods: string[];
                                    followUpPeriods: string[];
                                    unit: {
                                        before: number | null;
                                        after: number | null;
                                        change: number | null;
                                    };
                                    peers: {
                                        changes: {
                                            unitId: string;
                                            change: number;
                                        }[];
                                        excluded: {
                                            unitId: string;
                                            /** @enum {string} */
                                            reason: "NO_BASELINE_VALUE" | "NO_FOLLOW_UP_VALUE";
                                        }[];
                                        medianChange: number | null;
                                        q1: number | null;
                                        q3: number | null;
                                        iqr: number | null;
                                    };
                                    differenceInDifferences: number | null;
                                    /** @description Positive: the unit improved more than the peer median */
                                    improvementBeyondPeers: number | null;
                                    /** @description Normal variation: the peers' interquartile range of changes */
                                    tolerance: number | null;
                                    percentileRank: number | null;
                                    rank: {
                                        position: number;
                                        of: number;
                                    } | null;
                                } | null;
                                unitSeries: {
                                    period: string;
                                    value: number | null;
                                }[];
                                peerMedianSeries: {
                                    period: string;
                                    value: number | null;
                                    q1: number | null;
                                    q3: number | null;
                                    n: number;
                                }[];
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    addGoodPracticeAttachment: {
        parameters: {
            query: {
                fileName: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: number;
                        fileName: string;
                        mediaType: string;
                        size: number;
                        createdAt: string;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getGoodPracticeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deleteGoodPracticeAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                attachmentId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                entityType?: string;
                entityId?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: number;
                            /** @description ISO 8601 timestamp */
                            at: string;
                            actor: {
                                id: string;
                                email: string;
                            } | null;
                            /** @description e.g. unit.update, group.create, role.assign */
                            action: string;
                            entityType: string;
                            entityId: string;
                            changes: unknown;
                        }[];
                        total: number;
                        page: number;
                        pageSize: number;
                    };
                };
            };
            /** @description Error */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
            /** @description Error */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
    getStart: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description for administrators and network operators */
                        checklist: {
                            items: {
                                /** @enum {string} */
                                step: "units" | "people" | "group" | "round" | "survey" | "assessment";
                                done: boolean;
                                count: number;
                            }[];
                            /** @description the first step not done */
                            next: ("units" | "people" | "group" | "round" | "survey" | "assessment") | null;
                            done: number;
                            total: number;
                        } | null;
                        /** @description units where the caller is a coordinator or member */
                        myUnits: {
                            unit: {
                                code: string;
                                name: string;
                                kind: string;
                            };
                            /** @enum {string} */
                            role: "unit-coordinator" | "unit-member";
                            openForms: {
                                roundId: number;
                                name: string;
                                period: string;
                                /** @description ISO 8601; a reopened form: the end of the reopening */
                                deadline: string;
                                /** @enum {string} */
                                status: "not-started" | "draft" | "submitted" | "returned" | "approved";
                                overdue: boolean;
                            }[];
                            openWaves: {
                                id: number;
                                title: string;
                                closesAt: string;
                            }[];
                            assessments: {
                                id: number;
                                frameworkId: string;
                                round: number;
                                /** @enum {string} */
                                status: "scoring" | "consensus" | "closed";
                            }[];
                            overdueActions: {
                                id: number;
                                planId: number;
                                title: string;
                                endDate: string;
                            }[];
                            /** @description null when the unit has no approved data yet */
                            position: {
                                period: string;
                                /** @description peer-group spec of the dashboard (units of the same kind) */
                                peers: string;
                                /** @description indicators with a value and a group of at least 5 */
                                compared: number;
                                bestQuarter: number;
                                worstQuarter: number;
                            } | null;
                        }[];
                    };
                };
            };
            /** @description Error */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error: {
                            /** @description Stable SCREAMING_SNAKE error code; clients translate it */
                            code: string;
                            message: string;
                            details?: unknown;
                            requestId: string;
                        };
                    };
                };
            };
        };
    };
}
