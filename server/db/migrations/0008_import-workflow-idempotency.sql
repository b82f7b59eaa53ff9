ALTER TABLE "data_values" ADD COLUMN "approved_value" double precision;--> statement-breakpoint
ALTER TABLE "data_values" ADD COLUMN "approved_source_id" integer;--> statement-breakpoint
ALTER TABLE "data_values" ADD COLUMN "approved_source_row" integer;--> statement-breakpoint
ALTER TABLE "survey_submission_keys" ADD COLUMN "body_hash" text;