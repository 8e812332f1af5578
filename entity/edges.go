package entity

// edgeTable maps a trie edge, node<<32 | word id, to its child node: an
// open-addressing table with linear probing, faster than a map for the
// walk along a run of words. Word ids start at 1, so no key is 0 and 0
// marks an empty slot.
type edgeTable struct {
	keys  []uint64
	nodes []int32
	mask  uint64
}

// newEdgeTable builds the table of edges, at most half full.
func newEdgeTable(edges map[uint64]int32) edgeTable {
	size := 64
	for size < 2*len(edges) {
		size *= 2
	}
	t := edgeTable{keys: make([]uint64, size), nodes: make([]int32, size), mask: uint64(size - 1)}
	for k, child := range edges {
		i := edgeSlot(k) & t.mask
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.nodes[i] = k, child
	}
	return t
}

// edgeSlot hashes an edge key to its first slot.
func edgeSlot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> 32 }

// child returns the child of node n along word id, or -1.
func (t *edgeTable) child(n int32, id uint32) int32 {
	k := uint64(n)<<32 | uint64(id)
	for i := edgeSlot(k) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.nodes[i]
		case 0:
			return -1
		}
	}
}
