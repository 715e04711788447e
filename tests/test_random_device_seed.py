"""mx.random.seed with a context (MXNet 1.9.1): the samplers draw as after the global seed, but the sequential
engine (multinomial, shuffle) is seeded with the seed itself instead of seed * 127, whatever device is named."""
import distnet as mx
from distnet import nd


def draws():
    return (nd.random.multinomial(nd.array([[0.2, 0.3, 0.5]]), shape=6).asnumpy().tolist(),
            nd.random.shuffle(nd.arange(6)).asnumpy().tolist(),
            nd.random.uniform(shape=2).asnumpy().tolist())


def test_a_device_seed_reseeds_the_sequential_engine_with_the_seed_itself():
    mx.random.seed(200, ctx=mx.cpu(1))
    assert nd.random.shuffle(nd.arange(10)).asnumpy().tolist() == [4, 6, 1, 7, 3, 8, 2, 9, 0, 5]   # MXNet 1.9.1
    mx.random.seed(11, ctx=mx.cpu(3))
    by_device = draws()
    assert by_device[:2] == ([[0, 0, 0, 2, 1, 0]], [4, 3, 5, 1, 0, 2])
    mx.random.seed(11, ctx=mx.gpu(0))
    assert draws() == by_device
    mx.random.seed(11)
    assert draws() == ([[1, 2, 2, 2, 1, 0]], [3, 1, 2, 0, 4, 5], by_device[2])
    assert by_device[2] == [0.29948270320892334, 0.617195725440979]
