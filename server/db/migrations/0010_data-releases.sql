CREATE TABLE "data_releases" (
	"id" serial PRIMARY KEY NOT NULL,
	"number" integer,
	"title" jsonb NOT NULL,
	"notes" jsonb NOT NULL,
	"contents" jsonb NOT NULL,
	"changes" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	CONSTRAINT "data_releases_number_unique" UNIQUE("number")
);
