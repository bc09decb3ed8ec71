"""The database schema, the ORM models and the domain's record specs agree."""

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from domain.records import SYNC_COLUMNS, TABLES
from storage.migrations import HEAD, REVISIONS, SCRIPT_LOCATION
from storage.models import SYNCED_MODELS, Base


def test_every_record_field_is_a_column_and_every_column_a_field():
    assert set(SYNCED_MODELS) == set(TABLES)
    for table, fields in TABLES.items():
        columns = {c.name for c in SYNCED_MODELS[table].__table__.columns}
        assert columns == {f.name for f in fields} | set(SYNC_COLUMNS), table


def test_required_fields_are_not_null_columns():
    for table, fields in TABLES.items():
        columns = SYNCED_MODELS[table].__table__.columns
        for f in fields:
            if f.required:
                assert not columns[f.name].nullable, (table, f.name)


def test_the_migrations_build_exactly_the_models_schema(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_the_revision_list_matches_the_migration_scripts():
    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    scripts = ScriptDirectory.from_config(config)
    chain = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(chain) == REVISIONS
    assert scripts.get_current_head() == HEAD
