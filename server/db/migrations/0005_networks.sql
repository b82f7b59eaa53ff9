CREATE TABLE "network_attendance" (
	"meeting_id" integer NOT NULL,
	"delegate_id" integer NOT NULL,
	"present" boolean NOT NULL,
	CONSTRAINT "network_attendance_meeting_id_delegate_id_pk" PRIMARY KEY("meeting_id","delegate_id")
);
--> statement-breakpoint
CREATE TABLE "network_case_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"period" text NOT NULL,
	"file_name" text NOT NULL,
	"case_count" integer NOT NULL,
	"summary" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"period" text NOT NULL,
	"parent_id" integer,
	"body" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"pinned_meeting_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_cycles" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"focus" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"plan_period" text NOT NULL,
	"round_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"wave_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_cycles_group_number" UNIQUE("group_id","number")
);
--> statement-breakpoint
CREATE TABLE "network_delegates" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"position" text,
	"level" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_indicators" (
	"group_id" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"position" integer NOT NULL,
	"is_headline" boolean DEFAULT false NOT NULL,
	CONSTRAINT "network_indicators_group_id_indicator_code_pk" PRIMARY KEY("group_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "network_meeting_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"meeting_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"owner" text,
	"title" text NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'open' NOT NULL,
	"plan_action_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"group_id" integer NOT NULL,
	"cycle_id" integer,
	"date" date NOT NULL,
	"host_unit_id" integer NOT NULL,
	"address" text,
	"title" text NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"minutes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_programme_groups" (
	"group_id" integer PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_programmes" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"operator" text NOT NULL,
	"description" text,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"cycle_count" integer DEFAULT 2 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_attendance" ADD CONSTRAINT "network_attendance_meeting_id_network_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_attendance" ADD CONSTRAINT "network_attendance_delegate_id_network_delegates_id_fk" FOREIGN KEY ("delegate_id") REFERENCES "public"."network_delegates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_case_imports" ADD CONSTRAINT "network_case_imports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_comments" ADD CONSTRAINT "network_comments_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_comments" ADD CONSTRAINT "network_comments_parent_id_network_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."network_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_comments" ADD CONSTRAINT "network_comments_pinned_meeting_id_network_meetings_id_fk" FOREIGN KEY ("pinned_meeting_id") REFERENCES "public"."network_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_cycles" ADD CONSTRAINT "network_cycles_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_delegates" ADD CONSTRAINT "network_delegates_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_delegates" ADD CONSTRAINT "network_delegates_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_indicators" ADD CONSTRAINT "network_indicators_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_actions" ADD CONSTRAINT "network_meeting_actions_meeting_id_network_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."network_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_actions" ADD CONSTRAINT "network_meeting_actions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meeting_actions" ADD CONSTRAINT "network_meeting_actions_plan_action_id_improvement_actions_id_fk" FOREIGN KEY ("plan_action_id") REFERENCES "public"."improvement_actions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_cycle_id_network_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."network_cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_meetings" ADD CONSTRAINT "network_meetings_host_unit_id_units_id_fk" FOREIGN KEY ("host_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_programme_groups" ADD CONSTRAINT "network_programme_groups_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_programme_groups" ADD CONSTRAINT "network_programme_groups_programme_id_network_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."network_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "network_case_imports_unit" ON "network_case_imports" USING btree ("unit_id","period");--> statement-breakpoint
CREATE INDEX "network_comments_group" ON "network_comments" USING btree ("group_id","indicator_code");--> statement-breakpoint
CREATE INDEX "network_delegates_group" ON "network_delegates" USING btree ("group_id","unit_id");--> statement-breakpoint
CREATE INDEX "network_meeting_actions_meeting" ON "network_meeting_actions" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "network_meetings_group" ON "network_meetings" USING btree ("group_id","date");--> statement-breakpoint
CREATE INDEX "network_programme_groups_programme" ON "network_programme_groups" USING btree ("programme_id");