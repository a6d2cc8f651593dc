# The categories each case's reports were filed under, on its triage (the queue's category filter), filled in
# for the cases scored before.

import django.contrib.postgres.fields
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('moderation', '0009_retention'),
    ]

    operations = [
        migrations.AddField(
            model_name='triage',
            name='reported_categories',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.CharField(max_length=20), blank=True, default=list, size=None),
        ),
        migrations.RunSQL(
            """
            UPDATE moderation_triage t SET reported_categories = r.categories
            FROM (SELECT case_id, array_agg(DISTINCT category ORDER BY category) AS categories
                  FROM reports_report GROUP BY case_id) r
            WHERE r.case_id = t.case_id
            """,
            migrations.RunSQL.noop,
        ),
    ]
