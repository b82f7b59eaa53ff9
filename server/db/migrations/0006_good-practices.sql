CREATE TABLE "good_practice_adoptions" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"adopted_on" date NOT NULL,
	"changes" text,
	"improvement_action_id" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "good_practice_adoptions_unit" UNIQUE("practice_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "good_practice_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "good_practice_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"practice_id" integer NOT NULL,
	"kind" text NOT NULL,
	"version" integer NOT NULL,
	"comment" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "good_practice_units" (
	"practice_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	CONSTRAINT "good_practice_units_practice_id_unit_id_pk" PRIMARY KEY("practice_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "good_practice_versions" (
	"practice_id" integer NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"unit_ids" jsonb NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"published_by" uuid,
	CONSTRAINT "good_practice_versions_practice_id_version_pk" PRIMARY KEY("practice_id","version")
);
--> statement-breakpoint
CREATE TABLE "good_practices" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_version" integer,
	"source_kind" text NOT NULL,
	"source_id" text,
	"source_url" text,
	"evidence_grade" text DEFAULT 'described-only' NOT NULL,
	"return_comment" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_published_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"confirmation_asked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "good_practice_adoptions" ADD CONSTRAINT "good_practice_adoptions_practice_id_good_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."good_practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_adoptions" ADD CONSTRAINT "good_practice_adoptions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_adoptions" ADD CONSTRAINT "good_practice_adoptions_improvement_action_id_improvement_actions_id_fk" FOREIGN KEY ("improvement_action_id") REFERENCES "public"."improvement_actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_attachments" ADD CONSTRAINT "good_practice_attachments_practice_id_good_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."good_practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_events" ADD CONSTRAINT "good_practice_events_practice_id_good_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."good_practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_units" ADD CONSTRAINT "good_practice_units_practice_id_good_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."good_practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_units" ADD CONSTRAINT "good_practice_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practice_versions" ADD CONSTRAINT "good_practice_versions_practice_id_good_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."good_practices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "good_practices" ADD CONSTRAINT "good_practices_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "good_practice_attachments_practice" ON "good_practice_attachments" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "good_practice_events_practice" ON "good_practice_events" USING btree ("practice_id");--> statement-breakpoint
CREATE INDEX "good_practice_units_unit" ON "good_practice_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "good_practices_unit" ON "good_practices" USING btree ("unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "good_practices_source" ON "good_practices" USING btree ("source_kind","source_id");