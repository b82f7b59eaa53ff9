ALTER TABLE "assessments" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "assessments" ADD COLUMN "published_by" uuid;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD COLUMN "published_by" uuid;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "survey_waves" ADD COLUMN "published_by" uuid;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "office_name" text;