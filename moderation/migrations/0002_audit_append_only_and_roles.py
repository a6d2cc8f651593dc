from django.db import migrations

ROLES = ("Moderator", "Senior moderator", "Admin")


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in ROLES:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("moderation", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [
        migrations.RunSQL(
            """
            CREATE FUNCTION moderation_audit_append_only() RETURNS trigger AS $$
            BEGIN
                RAISE EXCEPTION 'audit events are append-only';
            END;
            $$ LANGUAGE plpgsql;
            CREATE TRIGGER moderation_auditevent_append_only
                BEFORE UPDATE OR DELETE ON moderation_auditevent
                FOR EACH ROW EXECUTE FUNCTION moderation_audit_append_only();
            """,
            """
            DROP TRIGGER moderation_auditevent_append_only ON moderation_auditevent;
            DROP FUNCTION moderation_audit_append_only();
            """,
        ),
        migrations.RunPython(create_roles, migrations.RunPython.noop),
    ]
