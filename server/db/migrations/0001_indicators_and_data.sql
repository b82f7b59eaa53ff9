CREATE TABLE "collection_rounds" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"period" text NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"group_id" integer,
	"status" text DEFAULT 'open' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "data_value_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"variable_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" double precision,
	"previous_value" double precision,
	"status" text NOT NULL,
	"source_id" integer NOT NULL,
	"source_row" integer,
	"comment" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid
);
--> statement-breakpoint
CREATE TABLE "data_values" (
	"unit_id" integer NOT NULL,
	"variable_id" integer NOT NULL,
	"period" text NOT NULL,
	"value" double precision NOT NULL,
	"status" text NOT NULL,
	"source_id" integer NOT NULL,
	"source_row" integer,
	"comment" text,
	"round_id" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "data_values_unit_id_variable_id_period_pk" PRIMARY KEY("unit_id","variable_id","period")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"definition" jsonb NOT NULL,
	"formula" text NOT NULL,
	"unit" text NOT NULL,
	"decimals" integer NOT NULL,
	"polarity" text NOT NULL,
	"type" text NOT NULL,
	"area" text NOT NULL,
	"unit_kinds" jsonb NOT NULL,
	"source" jsonb NOT NULL,
	"is_shipped" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "plausibility_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"expression" text NOT NULL,
	"severity" text NOT NULL,
	"message" jsonb NOT NULL,
	"unit_kinds" jsonb,
	"is_shipped" boolean DEFAULT false NOT NULL,
	CONSTRAINT "plausibility_rules_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "round_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "round_units" (
	"round_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text DEFAULT 'not-started' NOT NULL,
	"reopened_until" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "round_units_round_id_unit_id_pk" PRIMARY KEY("round_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "round_variables" (
	"round_id" integer NOT NULL,
	"variable_id" integer NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "round_variables_round_id_variable_id_pk" PRIMARY KEY("round_id","variable_id")
);
--> statement-breakpoint
CREATE TABLE "value_sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"detail" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "variables" (
	"id" serial PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"names" jsonb NOT NULL,
	"unit" text NOT NULL,
	"source" text NOT NULL,
	"periodicity" text NOT NULL,
	"description" jsonb NOT NULL,
	"bdl" jsonb,
	"plausibility" jsonb,
	"is_shipped" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "variables_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "collection_rounds" ADD CONSTRAINT "collection_rounds_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_events" ADD CONSTRAINT "round_events_round_id_collection_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."collection_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_units" ADD CONSTRAINT "round_units_round_id_collection_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."collection_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_units" ADD CONSTRAINT "round_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_variables" ADD CONSTRAINT "round_variables_round_id_collection_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."collection_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_variables" ADD CONSTRAINT "round_variables_variable_id_variables_id_fk" FOREIGN KEY ("variable_id") REFERENCES "public"."variables"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "data_value_revisions_key" ON "data_value_revisions" USING btree ("unit_id","variable_id","period");--> statement-breakpoint
CREATE INDEX "data_values_variable_period" ON "data_values" USING btree ("variable_id","period");--> statement-breakpoint
CREATE INDEX "round_events_round_unit" ON "round_events" USING btree ("round_id","unit_id");