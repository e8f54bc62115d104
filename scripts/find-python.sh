#!/usr/bin/env bash
# Print the path of a Python 3.10 interpreter, or fail with one clear line.
# Rasa Open Source 3.6 supports Python 3.8-3.10 only; the project pins 3.10.
set -u
want="3.10"
candidates=(python3.10)
if command -v pyenv >/dev/null 2>&1; then
  candidates+=("$(pyenv which python3.10 2>/dev/null || true)")
  candidates+=($(ls -d "$(pyenv root)"/versions/3.10*/bin/python3.10 2>/dev/null || true))
fi
candidates+=(/usr/bin/python3.10 /usr/local/bin/python3.10 python3)
for candidate in "${candidates[@]}"; do
  [ -n "$candidate" ] || continue
  path=$(command -v "$candidate" 2>/dev/null) || continue
  version=$("$path" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null) || continue
  if [ "$version" = "$want" ]; then
    echo "$path"
    exit 0
  fi
done
echo "error: Python $want is required (Rasa 3.6 does not run on newer Pythons) and none was found; install it, e.g. 'pyenv install 3.10' (this repo's .python-version selects it)." >&2
exit 1
