//go:build go1.24

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nhsnews/nhsnews/internal/golden"
)

const seeds = "../../testdata/seeds"

// whosaid runs the program and returns its stdout, stderr and exit status.
func whosaid(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(args, &stdout, &stderr)
	return stdout.String(), stderr.String(), code
}

func TestGoldenOutputOnTheSamples(t *testing.T) {
	for _, format := range []string{"text", "jsonl", "csv"} {
		t.Run(format, func(t *testing.T) {
			out, stderr, code := whosaid(t, "-format", format)
			require.Equal(t, 0, code, stderr)
			golden.Check(t, filepath.Join("testdata", "samples."+format+".golden"), []byte(out))
		})
	}
}

func TestBundledSamplesEqualTheSeedFolder(t *testing.T) {
	bundled, _, code := whosaid(t, "-format", "jsonl")
	require.Equal(t, 0, code)
	folder, _, code := whosaid(t, "-format", "jsonl", seeds)
	require.Equal(t, 0, code)
	assert.Equal(t, bundled, folder)
}

func TestOutputDoesNotDependOnTheNumberOfWorkers(t *testing.T) {
	one, _, _ := whosaid(t, "-format", "jsonl", "-workers", "1", seeds)
	eight, _, _ := whosaid(t, "-format", "jsonl", "-workers", "8", seeds)
	assert.Equal(t, one, eight)
}

// TestJSONLFollowsTheContract checks every field that
// ../shared/contracts/whosaid-jsonl.md names, and that every offset locates
// the text it claims in the original file.
func TestJSONLFollowsTheContract(t *testing.T) {
	out, _, code := whosaid(t, "-format", "jsonl", seeds)
	require.Equal(t, 0, code)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 5)

	kinds := map[string][]string{
		"paragraph": {"title", "standfirst", "byline", "date", "body", "comment", "boilerplate"},
		"quote":     {"direct", "partial", "scare", "headline", "comment", "indirect"},
		"entity": {"pct", "sha", "trust", "foundation_trust", "care_trust", "ccg", "icb", "national_body",
			"representative_body", "regulator", "local_authority", "other"},
	}
	for _, line := range lines {
		var obj map[string]any
		require.NoError(t, json.Unmarshal([]byte(line), &obj))
		id, _ := obj["id"].(string)
		data, err := os.ReadFile(filepath.Join(seeds, id))
		require.NoError(t, err, "id %q names no sample file", id)

		for _, key := range []string{"id", "title", "standfirst", "byline", "date", "paragraphs", "comments", "quotes", "entities"} {
			assert.Contains(t, obj, key, "%s: missing %q", id, key)
		}
		for _, key := range []string{"title", "standfirst", "byline", "date"} {
			assert.True(t, obj[key] == nil || isString(obj[key]), "%s: %s is %T, want string or null", id, key, obj[key])
		}
		if d, ok := obj["date"].(string); ok {
			assert.Regexp(t, `^\d{4}-\d{2}-\d{2}$`, d, id)
		}

		for _, p := range objects(t, obj, "paragraphs") {
			assert.Contains(t, kinds["paragraph"], p["kind"], id)
			checkRange(t, data, p["start"], p["end"])
			if p["kind"] == "boilerplate" {
				assert.NotEmpty(t, p["reason"], "%s: boilerplate without a reason", id)
			}
		}
		for _, c := range objects(t, obj, "comments") {
			checkRange(t, data, c["start"], c["end"])
			assert.Contains(t, c, "author")
			assert.Contains(t, c, "place")
		}
		for _, q := range objects(t, obj, "quotes") {
			assert.Contains(t, kinds["quote"], q["kind"], id)
			for _, key := range []string{"text", "spans", "speaker", "speaker_mention", "role", "org", "cue", "cue_span"} {
				assert.Contains(t, q, key, "%s: quote without %q", id, key)
			}
			var parts []string
			for _, s := range q["spans"].([]any) {
				pair := s.([]any)
				start, end := checkRange(t, data, pair[0], pair[1])
				parts = append(parts, string(data[start:end]))
			}
			assert.Equal(t, strings.Join(parts, " "), q["text"], "%s: quote text is not its spans joined", id)
			for _, key := range []string{"speaker_mention", "cue_span"} {
				if pair, ok := q[key].([]any); ok {
					checkRange(t, data, pair[0], pair[1])
				}
			}
			if q["kind"] == "scare" {
				assert.Nil(t, q["speaker"], "%s: scare quote %q given a speaker", id, q["text"])
			}
		}
		for _, e := range objects(t, obj, "entities") {
			start, end := checkRange(t, data, e["start"], e["end"])
			assert.Equal(t, string(data[start:end]), e["text"], id)
			assert.Contains(t, kinds["entity"], e["kind"], id)
			assert.IsType(t, false, e["generic"], id)
			assert.Contains(t, e, "name")
			assert.Contains(t, e, "code")
		}
	}
}

func isString(v any) bool { _, ok := v.(string); return ok }

func objects(t *testing.T, obj map[string]any, key string) []map[string]any {
	t.Helper()
	raw, ok := obj[key].([]any)
	require.True(t, ok, "%s is %T, want an array", key, obj[key])
	out := make([]map[string]any, len(raw))
	for i, x := range raw {
		out[i], ok = x.(map[string]any)
		require.True(t, ok, "%s[%d] is %T, want an object", key, i, x)
	}
	return out
}

// checkRange asserts that start and end are a valid byte range of data and
// returns them as ints.
func checkRange(t *testing.T, data []byte, start, end any) (int, int) {
	t.Helper()
	s, ok1 := start.(float64)
	e, ok2 := end.(float64)
	require.True(t, ok1 && ok2, "offsets %v, %v are not numbers", start, end)
	require.True(t, 0 <= s && s <= e && int(e) <= len(data), "range [%v, %v) outside a file of %d bytes", s, e, len(data))
	return int(s), int(e)
}

func TestAFailedFileDoesNotStopTheRun(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.txt", "c.txt"} {
		data, err := os.ReadFile(filepath.Join(seeds, "000_3a9268508d3da7ab.txt"))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), data, 0o644))
	}
	// b.txt is a link to nowhere: it cannot be read.
	require.NoError(t, os.Symlink(filepath.Join(dir, "missing"), filepath.Join(dir, "b.txt")))

	out, stderr, code := whosaid(t, "-format", "jsonl", dir)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "b.txt")
	assert.Contains(t, stderr, "1 file(s) failed")

	var ids, errs []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r struct{ ID, Error string }
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		ids = append(ids, r.ID)
		errs = append(errs, r.Error)
	}
	assert.Equal(t, []string{"a.txt", "b.txt", "c.txt"}, ids)
	assert.Empty(t, errs[0])
	assert.NotEmpty(t, errs[1])
	assert.Empty(t, errs[2])
}

func TestUnknownFormatIsAUsageError(t *testing.T) {
	_, stderr, code := whosaid(t, "-format", "xml")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "unknown format")
}

func TestFaultyContentIsReadAsWellAsItCanBe(t *testing.T) {
	dir := t.TempDir()
	text := "Trust closes ward\n\nDr Jane Smith said: “We had no choice\xff.”\n\nNHS Blackpool agreed."
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad-utf8.txt"), []byte(text), 0o644))

	for _, path := range []string{dir, filepath.Join(dir, "bad-utf8.txt")} {
		out, stderr, code := whosaid(t, "-format", "jsonl", path)
		assert.Equal(t, 0, code, "faulty content is a warning, not a failure")
		assert.Contains(t, stderr, "warning")
		var r struct {
			ID, Warning string
			Quotes      []map[string]any
		}
		require.NoError(t, json.Unmarshal([]byte(out), &r))
		assert.Equal(t, "bad-utf8.txt", r.ID)
		assert.NotEmpty(t, r.Warning)
		assert.NotEmpty(t, r.Quotes, "the article is still read")
	}
}
