"""The image record iterators check prefetch_buffer, ctx and dtype before any of their own parameters, as MXNet."""
import mxnet as mx

NAMES = ["ImageRecordIter", "ImageRecordIter_v1", "ImageRecordUInt8Iter", "ImageRecordUInt8Iter_v1", "ImageRecordInt8Iter",
         "ImageDetRecordIter"]
for name in NAMES:
    for extra in [dict(ctx="tpu"), dict(ctx="CPU"), dict(prefetch_buffer="x"), dict(prefetch_buffer=2.5), dict(dtype="bool"),
                  dict(ctx="tpu", dtype="bool"), dict(dtype="bool", ctx="tpu"), dict(rand_crop="x", ctx="tpu"),
                  dict(data_shape=None, ctx="tpu"), dict(batch_size=None, prefetch_buffer="x")]:
        kwargs = dict(path_imgrec="nosuch.rec", data_shape=(3, 8, 8), batch_size=1)
        kwargs.update(extra)
        kwargs = {k: v for k, v in kwargs.items() if v is not None}
        try:
            getattr(mx.io, name)(**kwargs)
            print(name, list(extra.items()), "ok")
        except mx.base.MXNetError as e:
            print(name, list(extra.items()), "MXNetError", str(e).split("MXNetError: ")[-1].strip().splitlines()[-1])
