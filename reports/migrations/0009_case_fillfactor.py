# Room on each page of reports_case for its updates (the placement at scoring, each new report of a post):
# an update that fits on its row's page, changing no indexed column, is HOT and writes no index entry, where
# one that does not writes all ten indexes again, ~100 trigram entries of the text's search index among them.
# Applies to pages written from now on; no table rewrite, no long lock.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("reports", "0008_report_case_and_version_order")]

    operations = [
        migrations.RunSQL(
            "ALTER TABLE reports_case SET (fillfactor = 70)",
            reverse_sql="ALTER TABLE reports_case RESET (fillfactor)",
        )
    ]
