"""mx.np.random argument checks as MXNet makes them: out= of another shape or dtype, negative or array sizes,
float bounds for randint, negative exponential scales, shuffling a 0-d array."""
import numpy as onp
import mxnet as mx
np = mx.np
mx.npx.set_np()


def run(label, code):
    mx.random.seed(1)
    env = {"np": np, "onp": onp}
    try:
        exec(code, env)
        r = env["R"]
        print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


for code in ["R = np.random.randint(0, 5.0, size=2)", "R = np.random.randint(0.0, 5, size=2)",
             "R = np.random.randint(onp.int64(0), onp.float32(5), size=2)", "R = np.random.randint(0, 5, size=2)",
             "R = np.random.exponential(0, size=2)", "R = np.random.exponential(-0.5, size=2)",
             "R = np.random.exponential(np.array([-1., 1.]), size=2)", "R = np.random.exponential(np.array([2., 1.]))",
             "R = np.random.normal(0, 1, size=(2, -1))", "R = np.random.uniform(0, 1, size=(0, -1))",
             "R = np.random.normal(0, 1, size=-1)", "R = np.random.normal(0, 1, size=(2, 0))",
             "R = np.random.uniform(0, 1, size=(2,), out=np.zeros(3))",
             "R = np.random.uniform(0, 1, size=(2,), out=np.zeros(2, dtype='float64'))",
             "R = np.random.uniform(0, 1, size=(2,), dtype='float64', out=np.zeros(2, dtype='float64'))",
             "R = np.random.normal(0, 1, size=(2,), out=np.zeros(2, dtype='float16'))",
             "R = np.random.normal(0, 1, size=(2,), out=np.zeros(2))",
             "R = np.random.randint(0, 5, size=(2,), out=np.zeros(2, dtype='int64'))",
             "R = np.random.randint(0, 5, size=(2,), out=np.zeros(2, dtype='int32'))",
             "R = np.random.randint(0, 5, size=(2,), dtype='int32', out=np.zeros(2, dtype='int32'))",
             "x = np.array(3.); np.random.shuffle(x); R = x", "x = np.ones((0,)); np.random.shuffle(x); R = x",
             "x = np.arange(6.).reshape(3, 2); np.random.shuffle(x); R = x",
             "R = np.random.normal(0, 1, size=np.array([2, 3]))", "R = np.random.normal(0, 1, size=onp.array([2, 3]))",
             "R = np.random.normal(0, 1, size=[2, 3])", "R = np.random.uniform(size=(2, 3), dtype='float16')"]:
    run(code, code)
