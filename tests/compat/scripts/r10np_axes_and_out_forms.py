"""mx.np argument forms as MXNet reads them: tensordot's axes, random.choice's out=, and the axis and index
checks of delete, insert, split and array_split."""
import mxnet as mx
np = mx.np
mx.npx.set_np()

a = np.arange(6).reshape(2, 3)
b = np.arange(12).reshape(3, 4)
c = np.arange(24).reshape(2, 3, 4)
v = np.arange(3)


def run(label, make):
    mx.random.seed(3)
    try:
        r = make()
        if isinstance(r, list):
            print(label, [x.shape for x in r])
        else:
            print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


for axes in [1, 0, -1, 2, True, (1, 0), [1, 0], ([1], [0]), ((1,), (0,)), (1, 0, 1), (1,), (), ([1, 0], [0]),
             ([0], [0]), ([1], [-1]), ((1,), 0), (1, (0,)), (1.0, 0), ("1", 0), (None, 0), 1.0, "1", {1, 0}]:
    run(f"tensordot axes={axes!r}", lambda: np.tensordot(a, b, axes=axes))
run("tensordot 3-d axes pair", lambda: np.tensordot(c, c, axes=([0, 1], [0, 1])))
run("tensordot 3-d mismatch", lambda: np.tensordot(c, c, axes=([0, 1], [0, 2])))
run("tensordot mx.np axes", lambda: np.tensordot(a, b, axes=(np.array([1]), np.array([0]))))

o = np.zeros((3,), dtype="int64")
run("choice int out", lambda: np.random.choice(5, size=3, out=o))
run("choice int out wrong dtype", lambda: np.random.choice(5, size=3, out=np.zeros((3,), dtype="int32")))
run("choice int out list", lambda: np.random.choice(5, size=3, out=[1, 2, 3]))
run("choice int out legacy", lambda: np.random.choice(5, size=3, out=mx.nd.zeros(3)))
run("choice array out ignored", lambda: np.random.choice(v * 10, size=2, out=o))
run("choice array out list ignored", lambda: np.random.choice(v * 10, size=3, out=[1, 2, 3]))
print("out untouched", o.asnumpy().tolist())
run("choice rows of 2-d", lambda: np.random.choice(np.arange(6).reshape(3, 2), size=4))
run("choice 0-d array", lambda: np.random.choice(np.array(3.0), size=2))

for axis in [1, -1, 2, -3, 5]:
    run(f"delete axis={axis}", lambda: np.delete(a, 1, axis=axis))
run("delete 0-d along axis", lambda: np.delete(np.array(3.0), 5, axis=1))
run("delete 0-d flat", lambda: np.delete(np.array(3.0), 0))

for axis in [1, 2, -3, "1", 1.5]:
    run(f"insert array along {axis!r}", lambda: np.insert(a, 1, np.array([5., 6.]), axis=axis))
for obj in [3, 4, -3, -4]:
    run(f"insert at {obj}", lambda: np.insert(a, obj, np.array([5., 6., 7.]), axis=0))
run("insert scalar at index 7 along 1", lambda: np.insert(a, 7, 5, axis=1))
run("insert scalar along 2", lambda: np.insert(a, 1, 5, axis=2))
run("insert scalar at indices", lambda: np.insert(v, np.array([0, 1], dtype="int64"), 7))
run("insert scalar at 0-d index", lambda: np.insert(v, np.array(1, dtype="int64"), 7))
run("insert into 0-d along axis", lambda: np.insert(np.array(3.), 0, 5, axis=0))
run("insert too many values", lambda: np.insert(v, np.array([0, 1], dtype="int64"), np.array([5., 6., 7.])))

for f in (np.split, np.array_split):
    for axis in [1, 2, -3]:
        run(f"{f.__name__} axis={axis}", lambda: f(a, 3, axis=axis))
    for k in [0, -1]:
        run(f"{f.__name__} {k} sections", lambda: f(c, k, axis=1))
        run(f"{f.__name__} {k} sections of an empty axis", lambda: f(np.zeros((2, 0)), k, axis=1))
    for ind in ([5, 1], [2, 1, 9], [-1, 2], [1, 3]):
        run(f"{f.__name__} at {ind}", lambda: f(c, ind, axis=2))
run("split 0-d", lambda: np.split(np.array(3.0), 1))
run("array_split 0-d", lambda: np.array_split(np.array(3.0), 1))
