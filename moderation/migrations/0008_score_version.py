import django.db.models.deletion
from django.db import migrations, models

# Before versions every case had one text, which reports' migration made its only version.
BACKFILL = """
UPDATE moderation_score s SET version_id = v.id FROM reports_contentversion v WHERE v.case_id = s.case_id;
SET CONSTRAINTS ALL IMMEDIATE;
"""


class Migration(migrations.Migration):
    dependencies = [
        ("moderation", "0007_restrict_senior_and_appeals_queues"),
        ("reports", "0005_content_versions"),
    ]

    operations = [
        migrations.AddField(
            model_name="score",
            name="version",
            field=models.ForeignKey(
                null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+", to="reports.contentversion"
            ),
        ),
        migrations.RunSQL(BACKFILL, migrations.RunSQL.noop),
        migrations.AlterField(
            model_name="score",
            name="version",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="+", to="reports.contentversion"
            ),
        ),
    ]
