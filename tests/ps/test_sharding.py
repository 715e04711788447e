"""Key placement: big arrays in contiguous slices on every server, small keys where MXNet puts them, deterministic."""
from hypothesis import given, strategies as st

from distnet.ps.sharding import Placement, split_bounds


def test_big_array_is_cut_into_one_contiguous_slice_per_server():
    p = Placement(3, bound=1000)
    parts = p.add(7, 1001, 4)
    assert [(x.server, x.part) for x in parts] == [(0, 0), (1, 1), (2, 2)]
    assert parts[0].start == 0 and parts[-1].stop == 1001
    assert all(a.stop == b.start for a, b in zip(parts, parts[1:]))
    assert max(x.stop - x.start for x in parts) - min(x.stop - x.start for x in parts) <= 1


def test_array_at_the_bound_is_split_and_below_it_is_not():
    p = Placement(2, bound=100)
    assert len(p.add("a", 100, 4)) == 2
    assert len(p.add("b", 99, 4, ident=1)) == 1


def test_one_server_never_splits():
    assert len(Placement(1, bound=10).add(1, 10 ** 6, 4)) == 1


def test_a_small_key_lives_on_the_server_mxnet_picks_from_its_id():
    p = Placement(2, bound=10 ** 6)
    assert [p.add(k, n, 4)[0].server for k, n in ((0, 100), (1, 10), (2, 10), (3, 30))] == [0, 1, 0, 1]
    assert p.add("w", 10, 4, ident=5)[0].server == 1
    assert [Placement(5, 10 ** 6).add(k, 1, 4)[0].server for k in range(5)] == [0, 3, 1, 4, 2]    # 9973 k mod 5
    assert p.load == [440, 200]
    assert p.imbalance() == 440 / 320
    assert "imbalance 1.38x" in p.report()


def test_placing_a_key_again_returns_the_first_answer():
    p = Placement(2, bound=10 ** 6)
    first = p.add(5, 10, 4)
    assert p.add(5, 10 ** 7, 8) is first and p.load == [0, 40]


@given(st.lists(st.tuples(st.integers(1, 5000), st.sampled_from([1, 2, 4, 8])), max_size=30), st.integers(1, 5))
def test_same_init_order_gives_the_same_table_and_every_element_is_placed_once(keys, servers):
    a, b = Placement(servers, 1000), Placement(servers, 1000)
    for i, (size, itemsize) in enumerate(keys):
        pa, pb = a.add(i, size, itemsize), b.add(i, size, itemsize)
        assert pa == pb
        covered = [e for part in pa for e in range(part.start, part.stop)]
        assert covered == list(range(size))
    assert sum(a.load) == sum(size * itemsize for size, itemsize in keys)


def test_split_bounds_cover_exactly():
    assert split_bounds(10, 3) == [(0, 3), (3, 7), (7, 10)]


def test_a_row_sparse_key_is_cut_between_rows():
    p = Placement(num_servers=3, bound=10)
    parts = p.add("emb", 7 * 5, 4, row=5)
    assert [(q.start, q.stop) for q in parts] == [(0, 10), (10, 25), (25, 35)]
    assert all(q.start % 5 == 0 and q.stop % 5 == 0 for q in parts)
    assert len(p.add("two rows", 2 * 50, 4, row=50)) == 2       # never more slices than rows


def test_cuts_round_halves_up_as_mxnet():
    assert split_bounds(29, 2) == [(0, 15), (15, 29)]
    assert split_bounds(5, 2) == [(0, 3), (3, 5)]


def test_a_compressed_key_is_cut_between_whole_chunks():
    # 65 chunks of 16 values over 2 servers: 33 chunks, then the rest (MXNet's compressed cuts)
    parts = Placement(2, 100).add("c", 1030, 4, chunk=16)
    assert [(p.start, p.stop) for p in parts] == [(0, 528), (528, 1030)]
    assert [(p.start, p.stop) for p in Placement(3, 10).add("d", 40, 4, chunk=16)] == [(0, 16), (16, 32), (32, 40)]
