CREATE TABLE "survey_hidden_texts" (
	"response_id" uuid NOT NULL,
	"question" text NOT NULL,
	"reason" text,
	"hidden_by" uuid,
	"hidden_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_hidden_texts_response_id_question_pk" PRIMARY KEY("response_id","question")
);
--> statement-breakpoint
CREATE TABLE "survey_invitation_codes" (
	"wave_id" integer NOT NULL,
	"code" text NOT NULL,
	"used_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_invitation_codes_wave_id_code_pk" PRIMARY KEY("wave_id","code")
);
--> statement-breakpoint
CREATE TABLE "survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wave_id" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"submitted_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_submission_keys" (
	"key_hash" text PRIMARY KEY NOT NULL,
	"wave_id" integer NOT NULL,
	"created_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "survey_templates" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"kind" text NOT NULL,
	"titles" jsonb NOT NULL,
	"definition" jsonb NOT NULL,
	"is_shipped" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_templates_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
CREATE TABLE "survey_waves" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"template_id" text NOT NULL,
	"template_version" integer NOT NULL,
	"title" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"target_population" integer,
	"repeat_every_months" integer,
	"minimum_n" integer DEFAULT 5 NOT NULL,
	"public_token" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"previous_wave_id" integer,
	"close_processed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "survey_waves_public_token_unique" UNIQUE("public_token")
);
--> statement-breakpoint
ALTER TABLE "survey_hidden_texts" ADD CONSTRAINT "survey_hidden_texts_response_id_survey_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."survey_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_invitation_codes" ADD CONSTRAINT "survey_invitation_codes_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_responses" ADD CONSTRAINT "survey_responses_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_submission_keys" ADD CONSTRAINT "survey_submission_keys_wave_id_survey_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_previous_wave_id_survey_waves_id_fk" FOREIGN KEY ("previous_wave_id") REFERENCES "public"."survey_waves"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD CONSTRAINT "survey_waves_template_fk" FOREIGN KEY ("template_id","template_version") REFERENCES "public"."survey_templates"("id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "survey_responses_wave" ON "survey_responses" USING btree ("wave_id");--> statement-breakpoint
CREATE INDEX "survey_waves_unit" ON "survey_waves" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "survey_waves_template" ON "survey_waves" USING btree ("template_id","template_version");--> statement-breakpoint
CREATE UNIQUE INDEX "survey_waves_previous" ON "survey_waves" USING btree ("previous_wave_id");