"""FusedRNN initializer specs given as JSON text, and nd.random's checks of distribution parameters, as MXNet."""
import mxnet as mx


def show(f):
    try:
        print("OK", f())
    except Exception as e:          # noqa: BLE001 - the point is to print what was raised
        print(type(e).__name__, str(e).split("\n")[0][:200])


show(lambda: mx.init.FusedRNN(mx.init.One(), 2, 1, "lstm").dumps())
show(lambda: mx.init.create(mx.init.FusedRNN(mx.init.One(), 2, 1, "lstm").dumps()))
show(lambda: mx.init.FusedRNN('["Xavier", {"magnitude": 2}]', 2, 1, "gru"))
show(lambda: mx.init.FusedRNN("[1]", 2, 1, "gru"))
show(lambda: mx.init.create(mx.init.FusedRNN(None, 2, 1, "gru", True).dumps()).dumps())
mx.random.seed(5)
a = mx.nd.zeros((42,))
mx.init.FusedRNN(None, 2, 1, "gru")(mx.init.InitDesc("g_weight", global_init=mx.init.Uniform(1)), a)
print(a.asnumpy().round(5).tolist())
show(lambda: mx.init.Normal(None)(mx.init.InitDesc("w_weight"), mx.nd.zeros((2, 2))))
show(lambda: mx.init.Uniform("a")(mx.init.InitDesc("w_weight"), mx.nd.zeros((2, 2))))
show(lambda: mx.nd.random.uniform([0], 1))
