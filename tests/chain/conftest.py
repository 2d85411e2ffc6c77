"""The PostgreSQL fixtures live in tests/chain/fixtures.py, registered for every folder
in tests/conftest.py."""
