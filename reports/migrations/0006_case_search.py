# The queue search's indexes: trigrams for "text contains", btrees for the ids and handles it matches exactly.

import django.contrib.postgres.indexes
from django.contrib.postgres.operations import TrigramExtension
import django.db.models.functions.text
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0005_content_versions'),
    ]

    operations = [
        TrigramExtension(),
        migrations.AddIndex(
            model_name='case',
            index=django.contrib.postgres.indexes.GinIndex(django.contrib.postgres.indexes.OpClass(django.db.models.functions.text.Upper('text'), name='gin_trgm_ops'), name='case_text_search'),
        ),
        migrations.AddIndex(
            model_name='case',
            index=models.Index(fields=['author_id'], name='case_author_search'),
        ),
        migrations.AddIndex(
            model_name='case',
            index=models.Index(django.db.models.functions.text.Upper('author_handle'), name='case_author_handle_search'),
        ),
        migrations.AddIndex(
            model_name='case',
            index=models.Index(fields=['target_id'], name='case_target_search'),
        ),
        migrations.AddIndex(
            model_name='case',
            index=models.Index(django.db.models.functions.text.Upper('target_handle'), name='case_target_handle_search'),
        ),
    ]
