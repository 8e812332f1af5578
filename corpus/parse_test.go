//go:build go1.24

package corpus

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// kindLetters writes the kinds of an article's paragraphs as one letter each:
// t title, s standfirst, y byline, d date, b body, c comment, x boilerplate.
func kindLetters(a *Article) string {
	letters := map[Kind]byte{KindTitle: 't', KindStandfirst: 's', KindByline: 'y', KindDateline: 'd',
		KindBody: 'b', KindComment: 'c', KindBoilerplate: 'x', KindUnknown: '?'}
	var b strings.Builder
	for _, p := range a.Paragraphs {
		b.WriteByte(letters[p.Kind])
	}
	return b.String()
}

func reasonsOf(a *Article) []Reason {
	var out []Reason
	for _, p := range a.Paragraphs {
		if p.Kind == KindBoilerplate {
			out = append(out, p.Reason)
		}
	}
	return out
}

// Body lines of the articles written for these tests.
const (
	para1 = "The trust said on Monday that it expected the number of available beds to fall sharply over the coming weeks, as flu cases rise."
	para2 = "Its chief executive said staff were working hard to keep wards open and thanked patients for their patience during a difficult period."
	para3 = "Local councillors have asked the clinical commissioning group to explain how the money will be found before the end of the year."
)

func TestParseStructure(t *testing.T) {
	body := para1 + "\n\n" + para2 + "\n\n" + para3
	for _, c := range []struct {
		name                      string
		in                        string
		title, standfirst, byline string
		kinds                     string
		reasons                   []Reason
	}{
		{
			name:  "title and body, blank-separated",
			in:    "Trust warns of winter bed shortage\n\n" + body,
			title: "Trust warns of winter bed shortage", kinds: "tbbb",
		},
		{
			name:  "section labels above the title",
			in:    "Health\nNHS news\nTrust warns of winter bed shortage\n\n" + body,
			title: "Trust warns of winter bed shortage", kinds: "xxtbbb",
			reasons: []Reason{ReasonNavigation, ReasonNavigation},
		},
		{
			name: "short one-sentence paragraphs",
			in: "Nurses walk out over pay\nBy Sam Lee\nNurses at the hospital walked out on Monday.\n" +
				"They say pay has fallen for ten years.\n“We have had enough,” one nurse said.\nThe trust said it was disappointed.\nShare this article",
			title: "Nurses walk out over pay", byline: "Sam Lee", kinds: "tybbbbx",
		},
		{
			name:  "title case headline with a full stop",
			in:    "Trust Chief Quits Over Deficit.\n\n" + body,
			title: "Trust Chief Quits Over Deficit.", kinds: "tbbb",
		},
		{
			name:  "no title: the first line is a sentence",
			in:    para1 + "\n" + para2 + "\n" + para3,
			kinds: "bbb",
		},
		{
			name: "By byline with role, and a dateline",
			in: "Trust warns of winter bed shortage\nBy Jane Smith, Health Correspondent\nWednesday, 15 February 2017\n" +
				para1 + "\n" + para2,
			title: "Trust warns of winter bed shortage", byline: "Jane Smith, Health Correspondent", kinds: "tydbb",
		},
		{
			name: "bare byline with role after a standfirst",
			in: "Trust warns of winter bed shortage\n\nManagers fear wards will close as flu cases rise\n\nJane Smith, Health Correspondent\n\n" +
				body,
			title: "Trust warns of winter bed shortage", standfirst: "Managers fear wards will close as flu cases rise",
			byline: "Jane Smith, Health Correspondent", kinds: "tsybbb",
		},
		{
			name:  "standfirst repeated by the first paragraph",
			in:    "Trust warns of winter bed shortage\n\n" + strings.TrimSuffix(para1, ".") + " (pictured).\n\n" + body,
			title: "Trust warns of winter bed shortage", standfirst: strings.TrimSuffix(para1, ".") + " (pictured).",
			kinds: "tsbbb",
		},
		{
			name:  "a sentence after the title is body",
			in:    "Trust warns of winter bed shortage\n\n" + body,
			title: "Trust warns of winter bed shortage", kinds: "tbbb",
		},
		{
			name:  "duplicate title",
			in:    "Share |\n\nTrust warns of winter bed shortage\n\nTrust warns of winter bed shortage\n\n" + body,
			title: "Trust warns of winter bed shortage", kinds: "xtxbbb",
			reasons: []Reason{ReasonShareWidget, ReasonDuplicateTitle},
		},
		{
			name:  "title at the foot after a reading label",
			in:    body + "\nMore from Health Service News\nCurrently reading\nTrust warns of winter bed shortage\nNo comments yet",
			title: "Trust warns of winter bed shortage", kinds: "bbbxxtx",
			reasons: []Reason{ReasonRelatedLinks, ReasonReadingLabel, ReasonCommentsStatus},
		},
		{
			name: "attribution line stays in the body",
			in: "Trust warns of winter bed shortage\n\n" + para1 + "\n\nDr Jane Smith, medical director, said:\n\n" +
				"\"We are doing all we can to keep every ward open this winter, and we thank our staff for their work.\"\n\n" + para3,
			title: "Trust warns of winter bed shortage", kinds: "tbbbb",
		},
		{
			name: "pull quote repeating a later quote",
			in: para1 + "\nStaff were working hard to keep wards open through the worst of the winter\n" + para2 +
				"\n“Staff were working hard to keep wards open through the worst of the winter, and they deserve our thanks,” she said.",
			kinds: "bxbb", reasons: []Reason{ReasonPullQuote},
		},
		{
			name:  "sub-heading between paragraphs stays body",
			in:    "Trust warns of winter bed shortage\n\n" + para1 + "\n\nWhat happens next\n\n" + para2 + "\n\n" + para3,
			title: "Trust warns of winter bed shortage", kinds: "tbbbb",
		},
		{
			name: "furniture at top and bottom",
			in: "Home > News > Health\nShare this article\nAdvertisement\n\nTrust warns of winter bed shortage\n\n" + body +
				"\n\nRelated articles\n\nSign up to our free weekly newsletter\n\nCopyright 2017 Example Media Ltd. All rights reserved.\n\nPhoto: John Smith/PA",
			title: "Trust warns of winter bed shortage", kinds: "xxxtbbbxxxx",
			reasons: []Reason{ReasonNavigation, ReasonShareWidget, ReasonAdvertising, ReasonRelatedLinks, ReasonSignUp, ReasonFooter, ReasonCaption},
		},
		{
			name: "a file of nothing but furniture",
			in: "Home | News | Health | Contact\nShare this article\nSign up to our newsletter for free\nAdvertisement\n" +
				"Most popular\nCopyright 2017 Example Media Ltd. All rights reserved.\nBack to top",
			kinds: "xxxxxxx",
		},
		{
			name:  "tail headlines and pager without phrases",
			in:    para1 + "\n" + para2 + "\nCouncil backs new cancer centre plans\nPage 2 of 5\nNext",
			kinds: "bbxxx", reasons: []Reason{ReasonRelatedLinks, ReasonPager, ReasonPager},
		},
		{
			name:  "low-content footer line by its shape",
			in:    para1 + "\n" + para2 + "\nAcme Media, 5th Floor, 10 High Street, London E1 8QS. VAT 123456789. Tel 020 7946 0000",
			kinds: "bbx",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte(c.in))
			require.NoError(t, err)
			require.NoError(t, invariantErr(a))
			assert.Equal(t, c.title, a.Title.Text, "title: got %q, want %q", a.Title.Text, c.title)
			assert.Equal(t, c.standfirst, a.Standfirst.Text, "standfirst: got %q, want %q", a.Standfirst.Text, c.standfirst)
			assert.Equal(t, c.byline, a.Byline.Text, "byline: got %q, want %q", a.Byline.Text, c.byline)
			assert.Equal(t, c.kinds, kindLetters(a), "kinds: got %s, want %s", kindLetters(a), c.kinds)
			if c.reasons != nil {
				assert.Equal(t, c.reasons, reasonsOf(a), "reasons: got %v, want %v", reasonsOf(a), c.reasons)
			}
		})
	}
}

func TestParseComments(t *testing.T) {
	article := "Trust warns of winter bed shortage\n\n" + para1 + "\n\n" + para2 + "\n\n"
	type want struct{ text, author, place string }
	for _, c := range []struct {
		name  string
		in    string
		want  []want
		kinds string
	}{
		{
			name: "quoted comment with dash signature",
			in:   article + "Your comments (terms and conditions apply):\n\n\"A sensible move, and long overdue.\" - Ann Lee, Bristol\n\nAds by Google",
			want: []want{{"A sensible move, and long overdue.", "Ann Lee", "Bristol"}}, kinds: "tbbxcx",
		},
		{
			name: "curly quotes and en dash, no place",
			in:   article + "Comments (2)\n“Great news for patients.” – Dr Ann Lee\n“Too little, too late.” – Bob O'Neil, Leeds",
			want: []want{{"Great news for patients.", "Dr Ann Lee", ""}, {"Too little, too late.", "Bob O'Neil", "Leeds"}}, kinds: "tbbxcc",
		},
		{
			name: "signature on the next line",
			in: article + "2 comments\nI think this is a very sensible move by the trust and long overdue.\nJohn Smith, Leeds\n" +
				"Utterly disgraceful that it has taken this long to act.\n- Mary Jones",
			want: []want{{"I think this is a very sensible move by the trust and long overdue.", "John Smith", "Leeds"},
				{"Utterly disgraceful that it has taken this long to act.", "Mary Jones", ""}},
			kinds: "tbbxcccc",
		},
		{
			name: "name wrote:",
			in:   article + "Reader comments\nMary Jones, Hull wrote:\nThe wards in our town closed last winter too.",
			want: []want{{"The wards in our town closed last winter too.", "Mary Jones", "Hull"}}, kinds: "tbbxcc",
		},
		{
			name:  "name and date above the comment",
			in:    article + "3 comments\nJane Smith | 12 March 2011 10:31\nThe wards in our town closed last winter too.\nBob Jones, Hull on 13/03/2011\nNot before time.",
			want:  []want{{"The wards in our town closed last winter too.", "Jane Smith", ""}, {"Not before time.", "Bob Jones", "Hull"}},
			kinds: "tbbxcccc",
		},
		{
			name: "unsigned comment and furniture after the header",
			in:   article + "Leave a comment\nWhy was nobody told about this sooner?\nReply\nComments are closed.",
			want: []want{{"Why was nobody told about this sooner?", "", ""}}, kinds: "tbbxcxx",
		},
		{
			name: "signed comment in the tail without a header",
			in:   article + "\"Best news I have heard all year.\" - Sam Patel, Derby",
			want: []want{{"Best news I have heard all year.", "Sam Patel", "Derby"}}, kinds: "tbbc",
		},
		{
			name:  "dash inside body text is not a signature",
			in:    article + "Three are already up and running - in Hull, Kingston & Leicester.\n\n" + para3,
			kinds: "tbbbb",
		},
		{
			name:  "comments status is not a section",
			in:    article + "Comments are closed.",
			kinds: "tbbx",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := Parse([]byte(c.in))
			require.NoError(t, err)
			require.NoError(t, invariantErr(a))
			assert.Equal(t, c.kinds, kindLetters(a), "kinds: got %s, want %s", kindLetters(a), c.kinds)
			var got []want
			for _, cm := range a.Comments {
				got = append(got, want{a.Slice(cm.Span), cm.Author, cm.Place})
			}
			assert.Equal(t, c.want, got, "comments: got %v, want %v", got, c.want)
		})
	}
}
