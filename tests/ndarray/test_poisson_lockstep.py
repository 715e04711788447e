"""The lock-step Poisson and negative binomial samplers draw exactly what the one-sample-at-a-time replica of
MXNet's draws, leave every random state where it leaves them, and match numbers recorded from MXNet 1.9.1."""
import hashlib

import numpy as np
import pytest

import distnet as mx
from distnet.ndarray import ops_random
from distnet.ndarray.lockstep_streams import Streams

nd = mx.nd


def _draws(monkeypatch, lockstep, sample):
    monkeypatch.setattr(ops_random, "_LOCKSTEP_FROM", 64 if lockstep else 10 ** 12)
    monkeypatch.setattr(ops_random, "_POISSON_LOCKSTEP_FROM", 64 if lockstep else 10 ** 12)
    mx.random.seed(11)
    nd.random.uniform(shape=(300,)).wait_to_read()        # the states start in different places
    first, second = sample().asnumpy(), sample().asnumpy()
    return first, second, nd.random.uniform(shape=(1024 * 64,)).asnumpy()    # every state left behind


@pytest.mark.parametrize("sample", [
    lambda: nd.random.poisson(lam=4, shape=(700,)),
    lambda: nd.random.poisson(lam=11.5, shape=(640,)),          # ten states, each past one read-ahead
    lambda: nd.random.poisson(lam=30, shape=(400,), dtype="float64"),
    lambda: nd.sample_poisson(nd.array([0, 0.5, 11.99, 12, 1e5, np.inf, np.nan, -3]), shape=(40,)),
    lambda: nd.random.negative_binomial(k=3, p=0.4, shape=(200,)),
    lambda: nd.sample_negative_binomial(nd.array([0.5], dtype="float64"), nd.array([0.05], dtype="float64"),
                                        shape=(150,), dtype="float64"),
    lambda: nd.sample_negative_binomial(nd.array([0, 2, 30]), nd.array([0.3, 0, 0.95]), shape=(50,)),
    lambda: nd.random.generalized_negative_binomial(mu=2, alpha=0.3, shape=(200,)),
    lambda: nd.sample_generalized_negative_binomial(nd.array([2, 5, 40], dtype="float64"),
                                                    nd.array([0, 0.7, 3], dtype="float64"), shape=(50,)),
    lambda: nd.sample_negative_binomial(nd.array([0.5, 3, 60], dtype="float16"),
                                        nd.array([0.3, 0.77, 0.04], dtype="float16"), shape=(50,), dtype="float16"),
    lambda: nd.sample_generalized_negative_binomial(nd.array([2, 5, 40], dtype="float16"),
                                                    nd.array([0, 0.7, 3], dtype="float16"), shape=(50,)),
    lambda: nd.sample_gamma(nd.array([0, 0.3, 2.5, 9.75], dtype="float16"),
                            nd.array([1, 0.7, 0.5, 3], dtype="float16"), shape=(50,), dtype="float16"),
], ids=["poisson-small-rate", "poisson-long-states", "poisson-large-rate-float64", "per-element-rates",
        "negative-binomial", "negative-binomial-shape-below-1-float64", "per-element-negative-binomial",
        "generalized", "per-element-generalized-float64", "per-element-negative-binomial-float16",
        "per-element-generalized-float16", "per-element-gamma-float16"])
def test_lockstep_poisson_family_equals_the_one_at_a_time_sampler(monkeypatch, sample):
    slow = _draws(monkeypatch, False, sample)
    fast = _draws(monkeypatch, True, sample)
    for a, b in zip(slow, fast):
        np.testing.assert_array_equal(a, b)


def test_streams_read_each_state_in_order_and_leave_it_just_past_what_it_used():
    rows = ops_random._Rows(5)
    rows.take(np.arange(6), np.array([0, 1, 300, 623, 624, 1000]))     # states start anywhere in a block
    twin, rng = rows.copy(), np.random.default_rng(0)
    streams = Streams(rows, 6)
    seen = [[] for _ in range(6)]
    live = np.arange(6)
    for need in rng.integers(0, 13, size=400):
        live = live[rng.random(len(live)) < 0.995]                  # states stop reading at different times
        if not len(live):
            break
        streams.reserve(live, 12)
        for s in live:
            at = streams.pos[s] - streams.start
            seen[s].extend(streams.buf[s, at:at + need].tolist())
        streams.pos[live] += need
    streams.finish()
    for s in range(6):
        assert twin.take([s], [len(seen[s])])[0].tolist() == seen[s]
        assert rows.take([s], [50]).tolist() == twin.take([s], [50]).tolist()


_MXNET_SEED7 = [      # seed 7: the samples' sum, every 397th, md5 of their float64 bytes; sum of 65536 uniforms after
    ("poisson", lambda: nd.random.poisson(lam=4, shape=(3000,)),
     12000.0, [7, 7, 1, 6, 1, 7, 4, 1], "2b079374309c", 32919.186937682796),
    ("poisson-large-rate", lambda: nd.random.poisson(lam=30, shape=(3000,), dtype="float64"),
     89725.0, [22, 23, 27, 32, 34, 25, 34, 30], "3c06dff5a719", 32891.96379820723),
    ("negative-binomial", lambda: nd.random.negative_binomial(k=3, p=0.4, shape=(3000,)),
     13613.0, [7, 5, 4, 3, 3, 10, 0, 2], "703feb9010ec", 32927.89029127848),
    ("generalized", lambda: nd.random.generalized_negative_binomial(mu=2, alpha=0.3, shape=(3000,)),
     6039.0, [4, 0, 2, 0, 0, 5, 2, 0], "8befd078aabf", 32908.0658473426),
    ("per-element-rates", lambda: nd.sample_poisson(nd.array([0.5, 11.5, 12.5, 300]), shape=(750,)),
     243564.0, [0, 0, 13, 11, 7, 9, 299, 316], "bcd0c24b0a4a", 32883.17002382735),
    ("per-element-negative-binomial",
     lambda: nd.sample_negative_binomial(nd.array([0.5, 3, 40]), nd.array([0.2, 0.5, 0.9]), shape=(1000,)),
     9560.0, [12, 6, 4, 7, 6, 6, 2, 2], "2777045bbd0e", 32917.49612795422),
    ("per-element-generalized", lambda: nd.sample_generalized_negative_binomial(
        nd.array([2, 5, 30]), nd.array([0.0, 0.7, 2.0]), shape=(1000,), dtype="float64"),
     36536.0, [5, 5, 2, 1, 5, 9, 54, 131], "878091f8a1e7", 32916.43160200468),
]


@pytest.mark.parametrize("sample,total,every_397th,md5,uniforms_after", [c[1:] for c in _MXNET_SEED7],
                         ids=[c[0] for c in _MXNET_SEED7])
def test_lockstep_samples_match_mxnet(sample, total, every_397th, md5, uniforms_after):
    mx.random.seed(7)
    a = sample().asnumpy()
    u = nd.random.uniform(shape=(1024 * 64,)).asnumpy()
    assert float(a.sum()) == total
    assert a.ravel()[::397].astype(int).tolist() == every_397th
    assert hashlib.md5(a.astype(np.float64).tobytes()).hexdigest()[:12] == md5
    assert float(u.astype(np.float64).sum()) == uniforms_after


_MXNET_LARGE_RATES = [   # seed, sampler, the samples' sum and the sum of 65536 uniforms drawn after, from MXNet 1.9.1
    (3, lambda: nd.random.poisson(lam=1000, shape=(2000,)), 1999195.0, 32887.42033325718),
    (3, lambda: nd.random.poisson(lam=1e5, shape=(256,)), 25596165.0, 32879.96279743686),     # one at a time
    (5, lambda: nd.random.poisson(lam=1631.197509765625, shape=(20000,)), 32628335.0, 32853.06923968461),
]


@pytest.mark.parametrize("seed,sample,total,uniforms_after", _MXNET_LARGE_RATES,
                         ids=["lgammaf-and-tanf", "one-at-a-time", "logf"])
def test_large_rates_call_the_c_librarys_float_functions_as_mxnet(seed, sample, total, uniforms_after):
    mx.random.seed(seed)
    assert float(sample().asnumpy().astype(np.float64).sum()) == total
    assert float(nd.random.uniform(shape=(1024 * 64,)).asnumpy().astype(np.float64).sum()) == uniforms_after


def test_rates_out_of_range_give_mxnets_numbers():
    assert nd.random.poisson(lam=3e9, shape=(3,)).asnumpy().tolist() == [-2.0 ** 31] * 3      # C's int cast
    assert nd.sample_poisson(nd.array([-1000.0, -5.0]), shape=(600,)).asnumpy().sum() == 0     # expf gives inf


def test_per_element_parameters_take_mxnets_types():
    """Rates and k, p are C floats in MXNet's kernels; float16 inputs give a float16 gamma step."""
    k = [0.7777777777, 3.3333333333, 21.123456789, 0.1000000001, 5.0000001]
    p = [0.11111111111, 0.3333333333333, 0.7777777777, 0.3000000001, 0.0100000001]
    mx.random.seed(6)
    assert nd.sample_negative_binomial(nd.array(k, dtype="float16"), nd.array(p, dtype="float16"),
                                       shape=(60,)).asnumpy().sum() == 28752
    assert nd.sample_generalized_negative_binomial(nd.array(k, dtype="float16"), nd.array(p, dtype="float16"),
                                                   shape=(60,)).asnumpy().sum() == 1805
    assert nd.sample_poisson(nd.array([4.123456789, 30.123456789, 1000.00001234], dtype="float64"),
                             shape=(60,)).asnumpy().sum() == 61495
    assert float(nd.random.uniform(shape=(1024 * 64,)).asnumpy().astype(np.float64).sum()) == 32920.6911279459


@pytest.mark.parametrize("k", [3.0, 2.5, True])
def test_negative_binomial_k_must_be_an_int_as_mxnet_parses_it(k):
    with pytest.raises(mx.base.MXNetError, match="Invalid Parameter format for k expect int"):
        nd.random.negative_binomial(k=k, p=0.4, shape=(3,)).asnumpy()
    with pytest.raises(mx.base.MXNetError, match="Invalid Parameter format for k expect int"):
        nd.random.negative_binomial_like(nd.zeros((2,)), k=k, p=0.4).asnumpy()
