//go:build go1.24

package corpus

import "bytes"

// maxFurnitureLen is the longest line, in bytes, that phrase rules look at.
const maxFurnitureLen = 400

// furniture returns the reason a line is site furniture, from its words ws
// (lower-cased comparisons) and shape, or ReasonNone. Phrase rules only run
// for lines that carry a key word, and all of them are bounded in length:
// a long line is content.
func furniture(s []byte, ws []word, l *line) Reason {
	n := int(l.words)
	if n > maxWords || l.long || len(s) > maxFurnitureLen {
		return ReasonNone
	}
	if n == 0 {
		// Only punctuation or symbols: rules, bullets, separators.
		return ReasonLowContent
	}
	if r := shapeRule(s, ws, l); r != ReasonNone {
		return r
	}
	if l.cues&(cueKey|cueSocial) == 0 || len(ws) == 0 {
		// No key word, or the words were not recorded because no phrase
		// rule could match them (see furnitureReadsWords).
		return ReasonNone
	}
	if l.cues&kComment != 0 && n <= 12 {
		switch {
		case hasWord(s, ws, "closed", "disabled") || hasSeq(s, ws, "no", "comments") ||
			hasSeq(s, ws, "be", "the", "first") || (l.nums > 0 && ws[0].num && ws[0].end-ws[0].start == 1 && s[ws[0].start] == '0'):
			return ReasonCommentsStatus
		case l.term != '.' && l.term != '?' && l.term != '!':
			return ReasonCommentsHeader
		}
	}
	if l.cues&kDisclaimer != 0 && hasSeq(s, ws, "intended", "for") && hasWord(s, ws, "professionals", "professional", "only") && n <= 25 {
		return ReasonDisclaimer
	}
	if l.cues&kExit != 0 && n <= 30 && (hasSeq(s, ws, "you", "are", "leaving") || hasSeq(s, ws, "you", "are", "now", "leaving") ||
		hasSeq(s, ws, "you", "are", "currently", "leaving") || hasSeq(s, ws, "are", "you", "sure", "you", "want")) {
		return ReasonExitNotice
	}
	if l.cues&kAds != 0 && n <= 6 && (seqAt(s, ws, 0, "ads", "by") || seqAt(s, ws, 0, "advertisement") || seqAt(s, ws, 0, "advertising") ||
		seqAt(s, ws, 0, "sponsored") || seqAt(s, ws, 0, "promoted") || seqAt(s, ws, 0, "adverts") ||
		seqAt(s, ws, 0, "paid", "content")) {
		return ReasonAdvertising
	}
	if l.cues&cueSocial != 0 && n <= 12 && allSocial(s, ws) {
		return ReasonShareWidget
	}
	if l.cues&kSignUp != 0 && n <= 30 && (hasSeq(s, ws, "sign", "up") || hasWord(s, ws, "subscribe", "newsletter", "newsletters") ||
		hasSeq(s, ws, "register", "now") || hasSeq(s, ws, "register", "for", "free") || hasSeq(s, ws, "register", "here")) &&
		hasWord(s, ws, "our", "us", "you", "your", "free", "now", "here", "today") {
		return ReasonSignUp
	}
	if l.cues&kEngage != 0 && n <= 20 && (hasSeq(s, ws, "what", "do", "you", "think") || hasSeq(s, ws, "join", "the", "debate") ||
		hasSeq(s, ws, "have", "your", "say") || hasSeq(s, ws, "join", "the", "conversation") ||
		hasSeq(s, ws, "tell", "us", "what", "you", "think") || hasSeq(s, ws, "let", "us", "know", "what", "you", "think")) {
		return ReasonEngagementPrompt
	}
	if l.cues&kReading != 0 && n <= 4 && (hasSeq(s, ws, "currently", "reading") || hasSeq(s, ws, "now", "reading") ||
		hasSeq(s, ws, "you", "are", "reading") || hasSeq(s, ws, "reading", "now")) {
		return ReasonReadingLabel
	}
	if l.cues&kRelated != 0 && n <= 12 && l.term != '.' && (seqAt(s, ws, 0, "more", "from") || seqAt(s, ws, 0, "more", "on") ||
		seqAt(s, ws, 0, "more", "stories") || seqAt(s, ws, 0, "related") || seqAt(s, ws, 0, "read", "more") ||
		seqAt(s, ws, 0, "read", "next") || seqAt(s, ws, 0, "see", "also") || seqAt(s, ws, 0, "most", "read") ||
		seqAt(s, ws, 0, "most", "popular") || seqAt(s, ws, 0, "you", "may", "also") || seqAt(s, ws, 0, "you", "might", "also") ||
		seqAt(s, ws, 0, "also", "in") || seqAt(s, ws, 0, "recommended") || seqAt(s, ws, 0, "latest", "news") ||
		seqAt(s, ws, 0, "trending")) {
		return ReasonRelatedLinks
	}
	if l.cues&kFooter != 0 && (hasSeq(s, ws, "registered", "in", "england") || hasSeq(s, ws, "registered", "office") ||
		hasSeq(s, ws, "reg", "no") || hasSeq(s, ws, "company", "no") || hasSeq(s, ws, "company", "number") ||
		seqAt(s, ws, 0, "copyright") || hasSeq(s, ws, "all", "rights", "reserved") || hasSeq(s, ws, "privacy", "policy") ||
		hasSeq(s, ws, "cookie", "policy") || hasSeq(s, ws, "terms", "of", "use") ||
		(n <= 8 && hasSeq(s, ws, "terms", "and", "conditions"))) {
		return ReasonFooter
	}
	if l.cues&kNav != 0 && n <= 10 && (seqAt(s, ws, 0, "home") && bytes.ContainsAny(s, ">|»/") || seqAt(s, ws, 0, "skip", "to") ||
		seqAt(s, ws, 0, "back", "to", "top") || seqAt(s, ws, 0, "menu") || seqAt(s, ws, 0, "search") ||
		seqAt(s, ws, 0, "log", "in") || seqAt(s, ws, 0, "sign", "in") || seqAt(s, ws, 0, "login") ||
		seqAt(s, ws, 0, "you", "are", "here")) {
		return ReasonNavigation
	}
	if l.cues&kCaption != 0 && n <= 20 && (seqAt(s, ws, 0, "photo") || seqAt(s, ws, 0, "photograph") || seqAt(s, ws, 0, "picture") ||
		seqAt(s, ws, 0, "image") || seqAt(s, ws, 0, "illustration") || seqAt(s, ws, 0, "credit") ||
		seqAt(s, ws, 0, "caption")) && labelled(s, ws, 2) {
		return ReasonCaption
	}
	if l.cues&kFooter != 0 && n <= 4 && (seqAt(s, ws, 0, "notes", "to", "editors") || (n == 1 && seqAt(s, ws, 0, "ends"))) {
		return ReasonEndMarker
	}
	if l.cues&kCaption != 0 && n <= 15 && hasSeq(s, ws, "getty", "images") {
		return ReasonCaption
	}
	return ReasonNone
}

// maxShapeLen is the longest line, in bytes, the pager rule of shapeRule
// looks at word by word.
const maxShapeLen = 40

// furnitureReadsWords reports whether furniture(s, ws, l) may read the
// words ws of the line l, from its features alone: when it does not, the
// words need not be recorded. It is the union of the conditions under
// which furniture and shapeRule look at a word, and must be kept in step
// with them (TestFurnitureReadsWords checks it).
func furnitureReadsWords(s []byte, l *line) bool {
	n := int(l.words)
	if n == 0 || n > maxWords || l.long || len(s) > maxFurnitureLen {
		return false
	}
	if n <= 6 && len(s) <= maxShapeLen {
		return true // the pager rule
	}
	// The phrase rules whose key words the line has, and whose word count
	// it is within.
	rules := kFooter
	if n <= 30 {
		rules |= kExit | kSignUp
	}
	if n <= 25 {
		rules |= kDisclaimer
	}
	if n <= 20 {
		rules |= kEngage | kCaption
	}
	if n <= 12 {
		rules |= kComment | cueSocial | kRelated
	}
	if n <= 10 {
		rules |= kNav
	}
	if n <= 6 {
		rules |= kAds
	}
	if n <= 4 {
		rules |= kReading
	}
	return l.cues&rules != 0
}

// shapeRule recognises furniture by shape alone: pagers ("- 1", "Next",
// "Page 2 of 5") and lines split by many separators ("News | Health |
// Care").
func shapeRule(s []byte, ws []word, l *line) Reason {
	n := int(l.words)
	if n <= 6 && len(s) <= maxShapeLen {
		pager, signal := true, false
		for _, w := range ws {
			switch {
			case w.num:
				signal = true
			case w.bits&cuePager != 0:
				if eqWord(s, w, "next") || eqWord(s, w, "previous") || eqWord(s, w, "prev") || eqWord(s, w, "page") {
					signal = true
				}
			default:
				pager = false
			}
		}
		if pager && signal && l.alpha <= 4 {
			return ReasonPager
		}
	}
	if n <= 12 && l.term != '.' {
		seps := bytes.Count(s, []byte("|")) + bytes.Count(s, []byte(">"))
		if seps >= 2 && seps*2 >= n-1 {
			return ReasonNavigation
		}
	}
	return ReasonNone
}

// allSocial reports whether every word of ws is a share or social-network
// word (with a few glue words), and at least one names a network or "share".
func allSocial(s []byte, ws []word) bool {
	strong := false
	for _, w := range ws {
		switch {
		case w.bits&cueSocial != 0:
			if !eqWord(s, w, "x") && !eqWord(s, w, "copy") && !eqWord(s, w, "link") && !eqWord(s, w, "save") {
				strong = true
			}
		case eqWord(s, w, "this"), eqWord(s, w, "on"), eqWord(s, w, "us"), eqWord(s, w, "article"),
			eqWord(s, w, "story"), eqWord(s, w, "page"), eqWord(s, w, "via"), eqWord(s, w, "with"), eqWord(s, w, "to"):
		default:
			return false
		}
	}
	return strong
}

// labelled reports whether one of the first k words of ws is followed by a
// colon ("Image caption: ...").
func labelled(s []byte, ws []word, k int) bool {
	for i := 0; i < k && i+1 < len(ws); i++ {
		if bytes.IndexByte(s[ws[i].end:ws[i+1].start], ':') >= 0 {
			return true
		}
	}
	return false
}
