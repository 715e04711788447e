"""An optimizer updated through an Updater on two devices keeps per-device update counts, and no attribute naming
the current device, as MXNet's."""
# recorded on AVX2
import mxnet as mx

for name in ["sgd", "adam", "nag", "rmsprop", "adagrad", "signum", "lamb", "ftml"]:
    opt = mx.optimizer.create(name, learning_rate=0.1)
    print(name, hasattr(opt, "_device_id"), opt._index_update_count, opt.num_update)
    updater = mx.optimizer.get_updater(opt)
    for ctx in [mx.cpu(0), mx.cpu(1), mx.cpu(1)]:
        w = mx.nd.ones((3,), ctx=ctx)
        updater(0, mx.nd.ones((3,), ctx=ctx) * 0.5, w)
    print(name, hasattr(opt, "_device_id"), opt._index_update_count, opt.num_update)
    print(name, sorted((k, sorted(v.items())) for k, v in opt._all_index_update_counts.items()))
