"""npx attributes given as numbers, text, booleans, numpy scalars, None or tuples, as MXNet's parsers read or
refuse them (naming the attributes given, in its map's order); a dtype of None left to the operator's default,
the text 'None' refused by numpy; a flag it cannot read refused before the input count it sets."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
x = np.array([[1.5, -2., 0., 3.], [-0.5, 4., -1., 2.5], [0.5, 0.25, -3., 1.]])
x4 = np.array(onp.linspace(-2, 2, 32).reshape(1, 2, 4, 4).astype("float32"))
values = [1, "1", 1.0, "1.0", True, "true", onp.int64(1), None, "None", -1, "a", (1,), 2.5]
calls = {
    "softmax axis": lambda v: npx.softmax(x, axis=v),
    "softmax temperature": lambda v: npx.softmax(x, temperature=v),
    "softmax use_length": lambda v: npx.softmax(x, use_length=v),
    "softmax use_length with length": lambda v: npx.softmax(x, np.array([1, 2, 3], dtype="int32"), use_length=v),
    "sequence_mask use_sequence_length": lambda v: npx.sequence_mask(x, use_sequence_length=v),
    "topk k": lambda v: npx.topk(x, k=v),
    "topk ret_typ": lambda v: npx.topk(x, ret_typ=v),
    "one_hot depth": lambda v: npx.one_hot(np.array([0, 1]), v),
    "one_hot dtype": lambda v: npx.one_hot(np.array([0, 1]), 2, dtype=v),
    "pick mode": lambda v: npx.pick(x, np.array([0, 1, 2]), mode=v),
    "fully_connected num_hidden": lambda v: npx.fully_connected(x, np.ones((1, 4)), np.ones(1), num_hidden=v),
    "fully_connected no_bias": lambda v: npx.fully_connected(x, np.ones((1, 4)), num_hidden=1, no_bias=v),
    "pooling p_value": lambda v: npx.pooling(x4, kernel=(2, 2), pool_type="lp", p_value=v),
    "cast dtype": lambda v: npx.cast(x, dtype=v),
    "embedding dtype": lambda v: npx.embedding(np.array([0, 1]), x, input_dim=3, output_dim=4, dtype=v),
}
for name, call in calls.items():
    for v in values:
        try:
            r = call(v)
            rs = r if isinstance(r, (list, tuple)) else [r]
            print(f"{name}={v!r} ->", [(a.shape, str(a.dtype)) for a in rs], rs[0].asnumpy().ravel()[:3].tolist())
        except Exception as e:
            print(f"{name}={v!r} ->", words(e))
for label, call in [("softmax dtype None by position", lambda: npx.softmax(x, None, -1, 1.0, None, False)),
                    ("softmax bad flag after dtype None", lambda: npx.softmax(x, None, 0, 2.0, None, "bad")),
                    ("cast None by position", lambda: npx.cast(x, None)),
                    ("topk all by position", lambda: npx.topk(x, -1, 1, "value", False, None)),
                    ("softmax two bad", lambda: npx.softmax(x, axis="a", temperature="b")),
                    ("topk three bad", lambda: npx.topk(x, k="a", axis="b", ret_typ="c"))]:
    try:
        print(label, "->", call().shape)
    except Exception as e:
        print(label, "->", words(e))
