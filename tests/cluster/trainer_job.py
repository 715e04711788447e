"""A worker training with gluon.Trainer on a dist_sync kvstore, checked against MXNet 1.9.1 (`trainer_job.py`).

A row_sparse embedding (row_sparse_pull of its rows) and two dense layers, Adam with weight decay and a FactorScheduler
on the servers (update_on_kvstore), 4 steps. Run with 2 workers, 2 servers and MXNET_KVSTORE_BIGARRAY_BOUND=8 (the
first layer's weight is cut across the servers); prints `ok rank=R` and exits 0 on success, `FAILED: ...` and 1
otherwise.
"""
import sys

import distnet as mx
from job_checks import check

# the weights after 4 steps as MXNet 1.9.1's workers hold them, as float32 bytes
WANT = {
    "embedding": "e5496cbec0c6103ede221b3efb57423e3c21b9bd7dbe21bfdadc133d8bb8b63eb07db3beee06f43ed9eaad3e220d01bf"
                 "c5baefbe9469e13ebc6de9be0abcb7be6c059b3ec15f8d3e",
    "0.weight": "edff19bf8637853e5b498e3edc9ae8bd068e93be76e0833e20439fbd394a953ebfb3d73e5258a3beb64f83bde4a4b93e",
    "0.bias": "00e10e3e466b09bec2160f3e868c0e3e",
    "1.weight": "e451213e994913bef88ba33ee270093f",
    "1.bias": "256d0b3e",
}


def main():
    kv = mx.kv.create("dist_sync")
    check(kv.num_workers == 2, "run with 2 workers")
    r = kv.rank
    mx.random.seed(11)
    emb = mx.gluon.contrib.nn.SparseEmbedding(6, 3)
    body = mx.gluon.nn.HybridSequential()
    body.add(mx.gluon.nn.Dense(4, activation="tanh", in_units=3), mx.gluon.nn.Dense(1, in_units=4))
    for block in (emb, body):
        block.initialize(mx.init.Uniform(0.5))
    params = emb.collect_params()
    params.update(body.collect_params())
    schedule = mx.lr_scheduler.FactorScheduler(step=2, factor=0.5)
    trainer = mx.gluon.Trainer(params, "adam", {"learning_rate": 0.05, "lr_scheduler": schedule, "wd": 0.01},
                               kvstore=kv)
    x = mx.nd.array([[0, 2], [3, 1 + r], [5, 5]])
    y = mx.nd.array([[0.5], [-0.25], [r]])
    for _ in range(4):
        with mx.autograd.record():
            loss = ((body(emb(x).sum(axis=1)) - y) ** 2).sum()
        loss.backward()
        trainer.step(1)
    got = {"embedding": emb.weight.row_sparse_data(mx.nd.arange(6)).asnumpy().tobytes().hex()}
    for i, layer in enumerate(body):
        got[f"{i}.weight"] = layer.weight.data().asnumpy().tobytes().hex()
        got[f"{i}.bias"] = layer.bias.data().asnumpy().tobytes().hex()
    for name, want in WANT.items():
        check(got[name] == want, (name, got[name]))
    check(trainer.learning_rate == 0.05 and trainer._update_on_kvstore, (trainer.learning_rate, trainer._update_on_kvstore))
    kv._barrier()
    print(f"ok rank={r}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
