"""Orthogonal initializer: the signs of its singular vectors."""
# recorded on AVX2
import mxnet as mx
from mxnet import gluon


def digest(arr):
    """Sum, and the signs of the first row's entries: a negated singular vector flips them."""
    n = arr.asnumpy().reshape(arr.shape[0], -1)
    return "%.5f %s" % (n.sum(), "".join("+" if x >= 0 else "-" for x in n[0][:12]))


shapes = [(3, 3), (3, 4), (4, 3), (5, 5), (4, 7), (7, 4), (6, 6), (8, 5), (5, 9), (12, 3), (3, 12), (10, 10),
          (16, 8), (8, 16), (25, 25), (20, 30), (2, 3, 2, 2), (4, 2, 3), (6, 2, 2, 2), (3, 1, 2, 2, 2)]
for rand_type, scale in [("uniform", 1.414), ("normal", 0.5)]:
    init = mx.init.Orthogonal(scale=scale, rand_type=rand_type)
    for seed in [0, 1, 3]:
        mx.random.seed(seed)
        cells = []
        for shape in shapes:
            arr = mx.nd.zeros(shape)
            init(mx.init.InitDesc("w_weight"), arr)
            cells.append(digest(arr))
        print(rand_type, scale, seed, " | ".join(cells))

for seed in range(3):     # wider than tall, past 25 rows: dgesdd's divide and conquer after a turn to upper
    mx.random.seed(seed)
    for shape in [(30, 40), (40, 50), (64, 100), (27, 3, 4), (26, 30), (60, 50)]:
        arr = mx.nd.zeros(shape)
        mx.init.Orthogonal()(mx.init.InitDesc("big_weight"), arr)
        print(seed, shape, digest(arr))

for seed in range(4):
    mx.random.seed(seed)
    net = gluon.nn.HybridSequential()
    net.add(gluon.nn.Dense(6, in_units=5), gluon.nn.Dense(3, in_units=6))
    net.add(gluon.rnn.LSTM(4, input_size=3), gluon.rnn.GRU(3, input_size=4, bidirectional=True))
    net.initialize(mx.init.Orthogonal())
    for name, param in net.collect_params().items():
        if name.endswith("weight"):
            print(seed, name, digest(param.data()))

for seed in range(3):
    mx.random.seed(seed)
    cell = gluon.rnn.RNNCell(5, input_size=7, i2h_weight_initializer="orthogonal",
                             h2h_weight_initializer=mx.init.Orthogonal(rand_type="normal"))
    cell.initialize()
    print(seed, "rnncell", digest(cell.i2h_weight.data()), digest(cell.h2h_weight.data()))

data = mx.sym.Variable("data")
net = mx.sym.FullyConnected(mx.sym.FullyConnected(data, num_hidden=9, name="fc1"), num_hidden=4, name="fc2")
for seed in range(3):
    mx.random.seed(seed)
    mod = mx.mod.Module(net, label_names=None)
    mod.bind(data_shapes=[("data", (2, 6))])
    mod.init_params(mx.init.Mixed([".*weight", ".*"], [mx.init.Orthogonal(0.9), mx.init.Zero()]))
    args, _ = mod.get_params()
    print(seed, "module", " | ".join("%s %s" % (k, digest(v)) for k, v in sorted(args.items()) if "weight" in k))
