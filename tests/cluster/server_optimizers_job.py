"""A worker checking every optimizer run on the servers against MXNet 1.9.1 (`server_optimizers_job.py`).

Run with 2 workers and 2 servers, MXNET_KVSTORE_BIGARRAY_BOUND=4 (each 6-element key is cut across both servers);
prints `ok rank=R` and exits 0 on success, `FAILED: ...` and 1 otherwise.
"""
import sys

import numpy as np

import distnet as mx
from job_checks import check

O, S = mx.optimizer, mx.lr_scheduler
W0 = np.array([0.5, -1.25, 2.0, 0.1, -0.3, 0.75], dtype=np.float32)

# name -> (optimizer, dtype of the key, its weights after 3 rounds as MXNet 1.9.1's workers pull them, as bytes)
CASES = {
    "sgd": (lambda: O.SGD(learning_rate=0.1), "float32", "2e5c8fbd00d7a3bc49e13abf48e16a403e0ad7beec51383f"),
    "sgd_mom_wd": (lambda: O.SGD(learning_rate=0.1, momentum=0.9, wd=0.01), "float32",
                   "5016d4bee363323f9a0616c07adeb740106efebe1293303f"),
    "sgd_clip_rescale": (lambda: O.SGD(learning_rate=0.2, clip_gradient=0.5, rescale_grad=0.5), "float32",
                         "cecc4c3e323373bf9999d93fcdcccc3e3e0ad7beec51383f"),
    "sgd_factor": (lambda: O.SGD(learning_rate=0.1, lr_scheduler=S.FactorScheduler(step=1, factor=0.5)), "float32",
                   "d7a3703ed6a330bf50b83e3f90c2dd3f15aeb7be1f853b3f"),
    "sgd_multifactor": (lambda: O.SGD(learning_rate=0.1, momentum=0.5,
                                      lr_scheduler=S.MultiFactorScheduler(step=[1, 2], factor=0.3)), "float32",
                        "76715b3e19e228bfebc0293ff31fea3f1bc0bbbe3a233a3f"),
    "sgd_poly": (lambda: O.SGD(learning_rate=0.1, lr_scheduler=S.PolyScheduler(max_update=4, base_lr=0.2, pwr=2,
                                                                               final_lr=0.01)), "float32",
                 "5eba593e871625bf8741243f9cc4ee3ffb7ebabedbf93a3f"),
    "sgd_cosine_warm": (lambda: O.SGD(learning_rate=0.1, lr_scheduler=S.CosineScheduler(
        max_update=5, base_lr=0.3, final_lr=0.01, warmup_steps=2, warmup_begin_lr=0.05)), "float32",
        "c3ca61bfb5c8de3fc52094c060650c4183c016bf18042e3f"),
    "nag": (lambda: O.NAG(learning_rate=0.1, momentum=0.9, wd=0.02), "float32",
            "b6e264bf6e5bde3f068b94c06a980b417dcc17bf666a283f"),
    "adam_wd_clip": (lambda: O.Adam(learning_rate=0.05, wd=0.1, clip_gradient=1.0, beta1=0.8, beta2=0.99,
                                    epsilon=1e-6), "float32", "5733b33ed6cc8cbfd6ccec3fb8ff7f3eb26ae6beeaad193f"),
    "adagrad": (lambda: O.AdaGrad(learning_rate=0.1, wd=0.01), "float32",
                "637c6c3e00e379bf1acedc3f2e16bd3ee93c0fbf0f03053f"),
    "adadelta": (lambda: O.AdaDelta(rho=0.8, epsilon=1e-4, wd=0.01), "float32",
                 "100ecd3eae4890bf627ded3feadd3a3e14d9bebe5ae9283f"),
    "rmsprop_centered": (lambda: O.RMSProp(learning_rate=0.01, centered=True, clip_weights=0.6, gamma2=0.5),
                         "float32", "8c2cbb3e65fdfebe4e31ff3eb5c5703e601eddbef0a6033f"),
    "ftrl": (lambda: O.Ftrl(learning_rate=0.1, lamda1=0.01, beta=1.0), "float32",
             "224d9e3d830f1fbf55acb33f0c7fa93e0b970dbec583273d"),
    "ftml": (lambda: O.FTML(learning_rate=0.05, beta1=0.7), "float32", "a77ec33e60bd90bfeaccf03f8843603e629fd4be6ad3253f"),
    "signum": (lambda: O.Signum(learning_rate=0.01, momentum=0.9, wd_lh=0.01), "float32",
               "9390f03ec51c9cbf6615fc3f1116053e91e9a8be5f43383f"),
    "lamb_bounds": (lambda: O.LAMB(learning_rate=0.01, lower_bound=0.1, upper_bound=2.0, bias_correction=False),
                    "float32", "d036ee3ef6939bbfff90fb3f8a32e93d8ccfa0beed5a3c3f"),
    "lars": (lambda: O.LARS(learning_rate=0.1, momentum=0.9, eta=0.01), "float32",
             "61aefe3ea74f9fbfb272fe3f2c25d63dedaf99be67fc3f3f"),
    "adamax": (lambda: O.Adamax(learning_rate=0.02), "float32", "66a3e63e57bf99bf14b5f93fb290183e75e7b3bed8a3303f"),
    "nadam": (lambda: O.Nadam(learning_rate=0.02, schedule_decay=0.01), "float32",
              "8ba5e13e895998bfb260f83f7080233e0241b7be95d4323f"),
    "sgd_mp16": (lambda: O.SGD(learning_rate=0.1, momentum=0.9, multi_precision=True), "float16",
                 "98b68739acc0c045fbb78d39"),
    "adam_mp16": (lambda: O.Adam(learning_rate=0.05, multi_precision=True), "float16", "a7356bbc6a3fe0332db7cd38"),
    "nag_mp16": (lambda: O.NAG(learning_rate=0.1, momentum=0.9, multi_precision=True), "float16",
                 "21bbe83ea2c46148cbb85b39"),
    "lamb_mp16": (lambda: O.LAMB(learning_rate=0.01, multi_precision=True), "float16", "5637d6bcd63f492f07b5e339"),
}


def gradient(rank, step):
    return np.array([0.3, -0.7, 1.5, -2.0, 0.05, 0.0], dtype=np.float32) * (step + 1) * (rank + 1) + 0.1 * rank


def main():
    kv = mx.kv.create("dist_sync")
    check(kv.num_workers == 2, "run with 2 workers")
    for key, (name, (make, dtype, want)) in enumerate(CASES.items(), start=100):
        kv.init(key, mx.nd.array(W0, dtype=dtype))
        kv.set_optimizer(make())
        for step in range(3):
            kv.push(key, mx.nd.array(gradient(kv.rank, step), dtype=dtype))
            out = mx.nd.zeros((6,), dtype=dtype)
            kv.pull(key, out=out)
            out.wait_to_read()      # MXNet's next push may overtake a pull nobody waited for
        check(out.asnumpy().tobytes().hex() == want, (name, out.asnumpy().tolist()))
        kv._barrier()           # the next set_optimizer replaces this one only once both workers are done
    print(f"ok rank={kv.rank}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
