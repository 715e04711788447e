"""A name a module lacks is refused under MXNet's module name; simple_bind's undecided inputs show exec_utils.h."""
# recorded on AVX2
import mxnet as mx

MODULES = ["nd", "nd.random", "nd.linalg", "nd.contrib", "nd.sparse", "nd.image", "sym", "sym.random", "sym.contrib",
           "np", "np.random", "np.linalg", "npx", "gluon", "gluon.nn", "gluon.rnn", "gluon.loss", "gluon.data",
           "gluon.data.vision.transforms", "gluon.utils", "gluon.model_zoo.vision", "init", "optimizer", "lr_scheduler",
           "metric", "io", "kv", "autograd", "random", "context", "util", "test_utils", "recordio", "image", "callback",
           "module", "contrib", "profiler", "runtime", "visualization", "rnn", "name", "attribute", "executor"]
for path in MODULES:
    for missing in ["nosuch", "laplace"]:
        obj = mx
        for part in path.split("."):
            obj = getattr(obj, part)
        try:
            getattr(obj, missing)
            print(path, missing, "found")
        except AttributeError as e:
            print(path, missing, "AttributeError:", e)
try:
    mx.opt
except AttributeError as e:
    print("mx.opt AttributeError:", e)

x, y = mx.sym.var("x"), mx.sym.var("y")
cond = mx.sym.var("c", dtype="int32")
BINDS = [
    ("fc_no_shapes", mx.sym.FullyConnected(x, num_hidden=4, name="fc"), {}),
    ("fc_zero_batch", mx.sym.FullyConnected(x, num_hidden=4, name="fc"), {"x": (0, 3)}),
    ("add_one_given", mx.sym.broadcast_add(x, y), {"x": (2, 3)}),
    ("boolean_mask_output", mx.sym.contrib.boolean_mask(x, y), {"x": (2, 3), "y": (2,)}),
    ("sampler_no_shape", mx.sym.random.exponential(), {}),
    ("where_dtypes", mx.sym.where(cond, x, mx.sym.var("b", dtype="float64")), {"c": (2, 2), "x": (2, 2), "b": (2, 2)}),
]
for label, sym, shapes in BINDS:
    try:
        sym.simple_bind(mx.cpu(), **shapes)
        print(label, "bound")
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))
