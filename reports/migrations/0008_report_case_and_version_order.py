import django.db.models.deletion
from django.contrib.postgres.operations import AddIndexConcurrently
from django.db import migrations, models


class Migration(migrations.Migration):
    """A case's reports in the order they came, and a version's first reports, each read off an index that
    leads with the foreign key: they replace the foreign keys' own indexes. Built concurrently: intake
    keeps writing reports while a table of millions is indexed."""

    atomic = False

    dependencies = [
        ("reports", "0007_case_language"),
    ]

    operations = [
        AddIndexConcurrently(
            model_name="report",
            index=models.Index(fields=["case", "received_at", "id"], name="report_case_order"),
        ),
        AddIndexConcurrently(
            model_name="report",
            index=models.Index(fields=["version", "id"], include=("external_id",), name="report_version_order"),
        ),
        migrations.AlterField(
            model_name="report",
            name="case",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="reports",
                to="reports.case",
            ),
        ),
        migrations.AlterField(
            model_name="report",
            name="version",
            field=models.ForeignKey(
                db_index=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="reports",
                to="reports.contentversion",
            ),
        ),
    ]
