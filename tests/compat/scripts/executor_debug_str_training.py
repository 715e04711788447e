# Executor.debug_str of training executors: the backward nodes MXNet's gradient pass adds, and the memory line.
import re
import mxnet as mx

S = mx.sym


def show(title, sym, **kwargs):
    exe = sym.simple_bind(mx.cpu(), **kwargs)
    print("##", title)
    print(exe.debug_str())


def megabytes(sym, **kwargs):
    return int(re.search(r"Total (\d+) MB allocated", sym.simple_bind(mx.cpu(), **kwargs).debug_str()).group(1))


with mx.name.NameManager():
    data = S.Variable("data")
    mlp = S.SoftmaxOutput(S.FullyConnected(S.Activation(S.FullyConnected(data, num_hidden=8, name="fc1"),
                                                        act_type="relu", name="relu1"), num_hidden=4, name="fc2"),
                          name="softmax")
    show("mlp", mlp, data=(5, 10))
    show("mlp some grads", mlp, data=(5, 10), grad_req={"fc1_weight": "write", "fc2_bias": "add"})
    conv = S.Convolution(data, num_filter=4, kernel=(3, 3), pad=(1, 1), name="conv")
    bn = S.BatchNorm(conv, fix_gamma=False, name="bn")
    pool = S.Pooling(S.Activation(bn, act_type="relu", name="act"), kernel=(2, 2), stride=(2, 2), pool_type="max",
                     name="pool")
    net = S.LinearRegressionOutput(S.FullyConnected(S.Flatten(S.Dropout(pool, p=0.5, name="drop"), name="flat"),
                                                    num_hidden=3, name="fc"), name="out")
    show("conv net", net, data=(2, 3, 8, 8))
    x = S.Variable("x")
    y = x
    for _ in range(3):
        y = y * y
    show("products", y, x=(2, 2))
    show("stopped products", S.stop_gradient(y), x=(2, 2))
    show("fan out", S.relu(x) + S.sigmoid(x) * 2 - S.tanh(x), x=(2, 2))
    show("nine terms", S.add_n(*[S.sin(x) * float(i) for i in range(9)]), x=(2, 2))
    show("shared gradient", S.elemwise_add(x, S.Variable("w")), x=(2, 2), w=(2, 2))
    show("two heads", S.Group([S.sum(S.exp(x), axis=1), S.BlockGrad(x)]), x=(2, 3))
    show("split", S.SliceChannel(x, num_outputs=3, axis=1, name="sl")[1], x=(2, 3))

    show("topk values", S.topk(x, k=1, ret_typ="value", name="tk"), x=(2, 3))
    show("softmax with lengths", S.softmax(x, S.Variable("n"), use_length=True, axis=1, name="sm"),
         x=(2, 3), n=(2,))
    show("ctc", S.CTCLoss(x, S.Variable("lab"), name="ctc"), x=(4, 2, 5), lab=(2, 3))

    for n in (3, 10):
        z = S.Variable("data")
        for _ in range(n):
            z = z * z
        big = megabytes(z, data=(10, 3, 256, 256))
        null = megabytes(z, data=(10, 3, 256, 256), grad_req="null")
        stopped = megabytes(S.stop_gradient(z), data=(10, 3, 256, 256))
        print("zero prop", n, big, null, stopped)
    d = S.Variable("data")
    big_mlp = S.SoftmaxOutput(S.FullyConnected(S.Activation(S.FullyConnected(d, num_hidden=1024), act_type="tanh"),
                                               num_hidden=512))
    print("mlp MB", megabytes(big_mlp, data=(256, 1024)))
    big_conv = S.Pooling(S.Activation(S.BatchNorm(S.Convolution(d, num_filter=16, kernel=(3, 3), pad=(1, 1))),
                                      act_type="relu"), kernel=(2, 2), stride=(2, 2), pool_type="max")
    print("conv MB", megabytes(big_conv, data=(16, 16, 32, 32)))
    chain = d
    for _ in range(3):
        chain = S.broadcast_mul(chain, S.sin(chain)) + S.clip(chain, -1, 1)
    print("broadcast chain MB", megabytes(chain, data=(256, 1024)))
