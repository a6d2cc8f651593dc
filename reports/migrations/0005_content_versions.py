import django.db.models.deletion
from django.db import migrations, models

# Each existing case becomes its first version, carried by all of its reports. The digest matches
# reports.models.version_digest. The deferred
# foreign-key checks run now, so the column can be made NOT NULL in the same transaction.
BACKFILL = """
INSERT INTO reports_contentversion (case_id, text, url, digest, first_reported_at, last_reported_at)
SELECT id, text, url, encode(sha256(convert_to(length(url)::text || ':' || url || text, 'UTF8')), 'hex'),
       first_reported_at, last_reported_at
FROM reports_case;
UPDATE reports_report r SET version_id = v.id FROM reports_contentversion v WHERE v.case_id = r.case_id;
SET CONSTRAINTS ALL IMMEDIATE;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0004_report_appeal_state"),
    ]

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("text", models.TextField()),
                ("url", models.URLField(blank=True, max_length=2000)),
                ("digest", models.CharField(max_length=64)),
                ("first_reported_at", models.DateTimeField()),
                ("last_reported_at", models.DateTimeField()),
                (
                    "case",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="versions", to="reports.case"
                    ),
                ),
            ],
            options={
                "constraints": [models.UniqueConstraint(fields=("case", "digest"), name="version_unique_content")],
            },
        ),
        migrations.AddField(
            model_name="report",
            name="version",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="reports",
                to="reports.contentversion",
            ),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name="report",
            name="version",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="reports", to="reports.contentversion"
            ),
        ),
    ]
