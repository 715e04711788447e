"""npx functions given something other than an mx.np array where they take an input: None counts as a missing
input, anything else fails MXNet's front-end assertion, a legacy NDArray in an attribute's place is read as its
text; nonzero's and constraint_check's own checks (the latter failing when its result is read)."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))


x = np.array([[1.5, -2., 0.], [3., -0.5, 4.]])
for value in [None, "a", 3, 2.5, (1, 2), [1., 2.]]:
    show(f"relu({value!r})", lambda: npx.relu(value))
    show(f"sigmoid({value!r})", lambda: npx.sigmoid(value))
    show(f"fully_connected weight={value!r}", lambda: npx.fully_connected(x, value, None, num_hidden=2, no_bias=True))
    show(f"pick index={value!r}", lambda: npx.pick(x, value))
show("relu(data=None)", lambda: npx.relu(data=None))
show("relu(data='a')", lambda: npx.relu(data="a"))
show("log_softmax legacy axis", lambda: npx.log_softmax(x, mx.nd.array([1, 2])))
show("log_softmax np axis", lambda: npx.log_softmax(x, np.array([1, 2])))
show("softmax legacy length", lambda: npx.softmax(x, mx.nd.array([1, 2]), use_length=True))
show("nonzero", lambda: npx.nonzero(x))
show("nonzero None", lambda: npx.nonzero(None))
show("nonzero legacy out", lambda: npx.nonzero(x, out=mx.nd.zeros((5, 2), dtype="int64")))
for shape, dtype in [((5, 2), "int32"), ((5, 2), "bool"), ((7, 2), "int64"), ((10,), "int64"), ((5, 3), "int64")]:
    show(f"nonzero out {shape} {dtype}", lambda: npx.nonzero(x, out=np.full(shape, 9, dtype=dtype)))
for value, dtype in [([True, True], "bool"), ([], "bool"), (True, "bool"), ([1.0], "float32"), ([1], "int32")]:
    show(f"constraint_check {value} {dtype}", lambda: npx.constraint_check(np.array(value, dtype=dtype), "m"))
show("constraint_check None", lambda: npx.constraint_check(None, "m"))
for msg in ["bad", "", 3]:
    failed = npx.constraint_check(np.array([True, False], dtype="bool"), msg)
    print("constraint_check false, msg", repr(msg), "returned", type(failed).__name__)
    show("  read", lambda: failed.asnumpy())
