# The content guide (content/README.md) is a test: every example of a file must pass
# `maillon check` on a copy of the real content, and each of the mistakes it lists must print
# exactly the message the guide shows (tests/e2e/content_guide.py reads the guide).
source "$(dirname "$0")/lib.bash"
python3 "$SRC/tests/e2e/content_guide.py" "$MAILLON" "$SRC" >"$WORK/out" 2>&1
status=$?
cat "$WORK/out"
expect_status 0 "$status" "the examples of content/README.md"
finish
