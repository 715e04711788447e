"""An NDArray given for an attribute is read as its text (an enumerated value is refused with it); one given for
dtype stands for its own dtype, as numpy reads it."""
# recorded on AVX2
import mxnet as mx
from _words import words

x = mx.nd.array([[1, 2, 3], [4, 5, 6]]) / 7
v = mx.nd.array([2])
h = mx.nd.array([2], dtype='float16')
CASES = [
    ('Activation act_type', lambda a: mx.nd.Activation(x, act_type=a)),
    ('LeakyReLU act_type', lambda a: mx.nd.LeakyReLU(x, act_type=a)),
    ('Pooling pool_type', lambda a: mx.nd.Pooling(x, kernel=(1,), pool_type=a)),
    ('Pooling layout', lambda a: mx.nd.Pooling(x, kernel=(1,), layout=a)),
    ('Convolution layout', lambda a: mx.nd.Convolution(x, kernel=(1,), num_filter=1, layout=a)),
    ('Dropout mode', lambda a: mx.nd.Dropout(x, mode=a)),
    ('pad mode', lambda a: mx.nd.pad(x, pad_width=(0, 0, 0, 0), mode=a)),
    ('pick mode', lambda a: mx.nd.pick(x, mx.nd.array([0, 1]), mode=a)),
    ('take mode', lambda a: mx.nd.take(x, mx.nd.array([0]), mode=a)),
    ('topk ret_typ', lambda a: mx.nd.topk(x, ret_typ=a)),
    ('norm out_dtype', lambda a: mx.nd.norm(x, out_dtype=a)),
    ('SoftmaxOutput normalization', lambda a: mx.nd.SoftmaxOutput(x, mx.nd.array([0, 1]), normalization=a)),
    ('cast_storage stype', lambda a: mx.nd.cast_storage(x, stype=a)),
    ('box_nms in_format', lambda a: mx.nd.contrib.box_nms(x, in_format=a)),
    ('Cast dtype', lambda a: mx.nd.Cast(x, dtype=a)),
    ('cast dtype', lambda a: mx.nd.cast(x, dtype=a)),
    ('amp_cast dtype', lambda a: mx.nd.amp_cast(x, dtype=a)),
    ('topk dtype', lambda a: mx.nd.topk(x, dtype=a)),
    ('argsort dtype', lambda a: mx.nd.argsort(x, dtype=a)),
    ('softmax dtype', lambda a: mx.nd.softmax(x, dtype=a)),
    ('log_softmax dtype', lambda a: mx.nd.log_softmax(x, dtype=a)),
    ('one_hot dtype', lambda a: mx.nd.one_hot(mx.nd.array([0, 1]), depth=2, dtype=a)),
    ('random_randint dtype', lambda a: mx.nd.random_randint(0, 5, shape=(2,), dtype=a)),
    ('random_uniform dtype', lambda a: mx.nd.random_uniform(shape=(2,), dtype=a).shape),
]
for label, fn in CASES:
    for tag, a in (('float32 array', v), ('float16 array', h)):
        try:
            r = fn(a)
            print(label, tag, r if isinstance(r, tuple) else (r.shape, r.dtype.__name__, r.asnumpy().tolist()))
        except Exception as e:
            print(label, tag, words(e), [line for line in str(e).splitlines() if 'valid values' in line])
