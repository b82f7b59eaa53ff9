CREATE TABLE "assessment_consensus" (
	"assessment_id" integer NOT NULL,
	"item_id" text NOT NULL,
	"values" jsonb NOT NULL,
	"strengths" text,
	"improvements" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "assessment_consensus_assessment_id_item_id_pk" PRIMARY KEY("assessment_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_members" (
	"assessment_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_members_assessment_id_user_id_pk" PRIMARY KEY("assessment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"assessment_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"values" jsonb NOT NULL,
	"strengths" text,
	"improvements" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessment_scores_assessment_id_user_id_item_id_pk" PRIMARY KEY("assessment_id","user_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"framework_id" text NOT NULL,
	"framework_version" text NOT NULL,
	"round" integer NOT NULL,
	"date" date NOT NULL,
	"mode" text NOT NULL,
	"title" text,
	"status" text DEFAULT 'scoring' NOT NULL,
	"consensus_override" jsonb,
	"consensus_opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_unit_framework_round" UNIQUE("unit_id","framework_id","round")
);
--> statement-breakpoint
CREATE TABLE "improvement_action_updates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"action_id" integer NOT NULL,
	"date" date NOT NULL,
	"comment" text NOT NULL,
	"status" text,
	"progress" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"source_type" text NOT NULL,
	"source" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"owner" text,
	"start_date" date,
	"end_date" date,
	"status" text NOT NULL,
	"impact" integer NOT NULL,
	"feasibility" integer NOT NULL,
	"budget" numeric,
	"progress" integer,
	"indicator_code" text,
	"indicator_baseline" double precision,
	"indicator_target" double precision,
	"indicator_peers" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer,
	"group_id" integer,
	"period" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "improvement_plans_owner" CHECK (("improvement_plans"."unit_id" is null) <> ("improvement_plans"."group_id" is null))
);
--> statement-breakpoint
ALTER TABLE "assessment_consensus" ADD CONSTRAINT "assessment_consensus_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_members" ADD CONSTRAINT "assessment_members_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_members" ADD CONSTRAINT "assessment_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_action_updates" ADD CONSTRAINT "improvement_action_updates_action_id_improvement_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."improvement_actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_actions" ADD CONSTRAINT "improvement_actions_plan_id_improvement_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."improvement_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessment_members_user" ON "assessment_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "assessments_framework" ON "assessments" USING btree ("framework_id","status");--> statement-breakpoint
CREATE INDEX "improvement_action_updates_action" ON "improvement_action_updates" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "improvement_actions_plan" ON "improvement_actions" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "improvement_plans_unit" ON "improvement_plans" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "improvement_plans_group" ON "improvement_plans" USING btree ("group_id");