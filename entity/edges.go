//go:build go1.24

package entity

// edgeTable maps a trie edge, node<<32 | word id, to its child node: an
// open-addressing table with linear probing, faster than a map for the
// walk along a run of words. A slot holds the key and the child together
// (one cache line per probe). Word ids start at 1, so no key is 0 and 0
// marks an empty slot.
type edgeTable struct {
	slots []edgeSlot
	mask  uint64
}

type edgeSlot struct {
	key   uint64
	child int32
}

// newEdgeTable builds the table of edges, at most half full.
func newEdgeTable(edges map[uint64]int32) edgeTable {
	size := 64
	for size < 2*len(edges) {
		size *= 2
	}
	t := edgeTable{slots: make([]edgeSlot, size), mask: uint64(size - 1)}
	for k, child := range edges {
		i := edgeHash(k) & t.mask
		for t.slots[i].key != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = edgeSlot{k, child}
	}
	return t
}

// edgeHash hashes an edge key to its first slot.
func edgeHash(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 32 }

// child returns the child of node n along word id, or -1.
func (t *edgeTable) child(n int32, id uint32) int32 {
	k := uint64(n)<<32 | uint64(id)
	for i := edgeHash(k) & t.mask; ; i = (i + 1) & t.mask {
		switch sl := &t.slots[i]; sl.key {
		case k:
			return sl.child
		case 0:
			return -1
		}
	}
}
