# Sourced by .ci/run (and usable by hand): starts the machine's PostgreSQL cluster on 127.0.0.1:5432 and makes a
# role "zongzhi" that may create databases. Sets ZONGZHI_TEST_PG to its connection string.
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && break
  sleep 1
done
su postgres -c "psql -q -h 127.0.0.1 -p 5432 -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zongzhi') THEN CREATE ROLE zongzhi LOGIN CREATEDB PASSWORD 'zongzhi-ci'; END IF; END\\\$\\\$;\"" 2>/dev/null \
  || su postgres -c "psql -q -c \"DO \\\$\\\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'zongzhi') THEN CREATE ROLE zongzhi LOGIN CREATEDB PASSWORD 'zongzhi-ci'; END IF; END\\\$\\\$;\""
# The audit tests create the app's non-owner login role (Zongzhi:Audit:AppRole) and drop it again.
su postgres -c "psql -q -c 'ALTER ROLE zongzhi CREATEROLE;'" >/dev/null 2>&1 || true
# Dropping a test database ends its connections, including those of roles the tests create (the audit tests' app role).
su postgres -c "psql -q -c 'GRANT pg_signal_backend TO zongzhi;'" >/dev/null 2>&1 || true
ZONGZHI_TEST_PG="Host=127.0.0.1;Port=5432;Username=zongzhi;Password=zongzhi-ci;Database=postgres"
