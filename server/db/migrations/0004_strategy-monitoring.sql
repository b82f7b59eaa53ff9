CREATE TABLE "ngo_organisations" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"krs" text,
	"fields" jsonb NOT NULL,
	"address" text,
	"area" text,
	"lat" double precision,
	"lon" double precision,
	"contact" text,
	"cooperates" boolean DEFAULT false NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategies" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"period_from" integer NOT NULL,
	"period_to" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"resolution_number" text,
	"resolution_date" date,
	"document_url" text,
	"thresholds" jsonb,
	"survey_templates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategies_period" CHECK ("strategies"."period_to" >= "strategies"."period_from")
);
--> statement-breakpoint
CREATE TABLE "strategy_comments" (
	"measure_id" integer NOT NULL,
	"period" text NOT NULL,
	"comment" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_comments_measure_id_period_pk" PRIMARY KEY("measure_id","period")
);
--> statement-breakpoint
CREATE TABLE "strategy_evaluations" (
	"strategy_id" integer NOT NULL,
	"year" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"coverage" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_evaluations_strategy_id_year_pk" PRIMARY KEY("strategy_id","year")
);
--> statement-breakpoint
CREATE TABLE "strategy_goals" (
	"id" serial PRIMARY KEY NOT NULL,
	"strategy_id" integer NOT NULL,
	"parent_id" integer,
	"level" integer NOT NULL,
	"title" text NOT NULL,
	"owner" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "strategy_goals_level" CHECK ("strategy_goals"."level" between 1 and 3)
);
--> statement-breakpoint
CREATE TABLE "strategy_measures" (
	"id" serial PRIMARY KEY NOT NULL,
	"strategy_id" integer NOT NULL,
	"goal_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"own" boolean DEFAULT false NOT NULL,
	"baseline_period" text NOT NULL,
	"baseline_value" double precision,
	"target_period" text NOT NULL,
	"target_value" double precision NOT NULL,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"responsible" text,
	"weight" double precision DEFAULT 1 NOT NULL,
	"cumulative" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "strategy_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"strategy_id" integer NOT NULL,
	"period" text NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "strategy_reports_period" UNIQUE("strategy_id","period")
);
--> statement-breakpoint
ALTER TABLE "ngo_organisations" ADD CONSTRAINT "ngo_organisations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategies" ADD CONSTRAINT "strategies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_comments" ADD CONSTRAINT "strategy_comments_measure_id_strategy_measures_id_fk" FOREIGN KEY ("measure_id") REFERENCES "public"."strategy_measures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_evaluations" ADD CONSTRAINT "strategy_evaluations_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_goals" ADD CONSTRAINT "strategy_goals_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_goals" ADD CONSTRAINT "strategy_goals_parent_id_strategy_goals_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."strategy_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measures" ADD CONSTRAINT "strategy_measures_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_measures" ADD CONSTRAINT "strategy_measures_goal_id_strategy_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."strategy_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "strategy_reports" ADD CONSTRAINT "strategy_reports_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "public"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ngo_organisations_unit" ON "ngo_organisations" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "strategies_unit" ON "strategies" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "strategy_goals_strategy" ON "strategy_goals" USING btree ("strategy_id");--> statement-breakpoint
CREATE INDEX "strategy_measures_strategy" ON "strategy_measures" USING btree ("strategy_id");