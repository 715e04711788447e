"""Gluon training loops over MLP, CNN, embedding (sparse_grad), LSTM and GRU models, hybridized or not, with
kvstore kinds, clip_global_norm, lr schedulers and metrics (values to 3 decimals: dense products sum in the CPU
kernels' order)."""
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd
from mxnet.gluon import nn, rnn


def model(kind):
    net = nn.HybridSequential()
    with net.name_scope():
        if kind == "mlp":
            net.add(nn.Dense(16, use_bias=False), nn.BatchNorm(), nn.Activation("relu"), nn.Dropout(0.3), nn.Dense(3))
        elif kind == "cnn":
            net.add(nn.Conv2D(4, 3, padding=1, activation="relu"), nn.MaxPool2D(2), nn.Flatten(), nn.LayerNorm(),
                    nn.Dense(3))
        elif kind == "emb":
            net.add(nn.Embedding(20, 6, sparse_grad=True), nn.Flatten(), nn.Dense(3))
        elif kind == "lstm":
            net.add(rnn.LSTM(5, layout="NTC"), nn.Dense(3))
        else:
            net.add(rnn.GRU(5, layout="NTC"), nn.Dense(3))
    return net


def inputs(kind, rs):
    shape = {"mlp": (24, 8), "cnn": (24, 2, 6, 6), "lstm": (24, 4, 3), "gru": (24, 4, 3)}.get(kind)
    x = rs.randint(0, 20, (24, 4)).astype("float32") if kind == "emb" else rs.normal(size=shape).astype("float32")
    return x, rs.randint(0, 3, 24).astype("float32")


def r4(v):
    return "%.3f" % (round(float(v), 3) or 0.0)


SCHEDULES = {"none": lambda: None, "factor": lambda: mx.lr_scheduler.FactorScheduler(step=3, factor=0.5),
             "cosine": lambda: mx.lr_scheduler.CosineScheduler(max_update=9, base_lr=0.05, final_lr=0.001,
                                                                 warmup_steps=2)}
for kind in ("mlp", "cnn", "emb", "lstm", "gru"):
    for hybrid, opt, kv, schedule, clip in [(False, "sgd", "device", "none", None), (True, "adam", "local", "factor", 1.0),
                                            (True, "rmsprop", None, "cosine", None), (False, "adagrad", "device", "cosine", 0.5)]:
        mx.random.seed(1)
        np.random.seed(1)
        net = model(kind)
        net.initialize(mx.init.Xavier())
        if hybrid:
            net.hybridize()
        params = {"learning_rate": 0.05}
        if SCHEDULES[schedule]() is not None:
            params["lr_scheduler"] = SCHEDULES[schedule]()
        trainer = gluon.Trainer(net.collect_params(), opt, params, kvstore=kv)
        x, y = inputs(kind, np.random.RandomState(0))
        loader = gluon.data.DataLoader(gluon.data.ArrayDataset(x, y), batch_size=8, shuffle=True)
        loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
        metric = mx.metric.create(["acc", "ce"])
        out = []
        for epoch in range(3):
            metric.reset()
            total = 0.0
            for data, label in loader:
                with autograd.record():
                    pred = net(data)
                    loss = loss_fn(pred, label)
                loss.backward()
                if clip is not None:
                    grads = [p.grad() for p in net.collect_params().values() if p.grad_req != "null"]
                    gluon.utils.clip_global_norm(grads, clip)
                trainer.step(data.shape[0])
                total += float(loss.sum().asscalar())
                metric.update(label, nd.softmax(pred))
            out.append("%s %s" % (r4(total), " ".join(r4(v) for v in metric.get()[1])))
        print(kind, hybrid, opt, kv, schedule, clip, "|", " | ".join(out), "| lr", r4(trainer.learning_rate))
        print("  ", " ".join(r4(p.data().asnumpy().astype(np.float64).sum()) for p in net.collect_params().values()))
