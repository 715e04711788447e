"""Exception classes users catch, and the module paths classes print with."""
import mxnet as mx

nd = mx.nd
csr = nd.ones((2, 3)).tostype("csr")
for args in [((6,),), (6,), ()]:
    try:
        csr.reshape(*args)
    except mx.base.NotSupportedForSparseNDArray as e:
        print(type(e).__name__, isinstance(e, mx.base.MXNetError), e.args, str(e))
print(mx.nd.sparse.NotSupportedForSparseNDArray is mx.base.NotSupportedForSparseNDArray)

x = nd.ones((1,))
y = x.reshape(())                   # the method reshapes outside operators: a legacy 0-d array is fine
print(y.shape, y.asnumpy())
nd.waitall()
print("waitall ok")
try:
    nd.reshape(x, shape=()).asnumpy()   # the operator's result fails when read
except mx.base.MXNetError:
    print("MXNetError")
nd.waitall()

print(mx.kv.KVStore.__module__.replace("distnet", "mxnet"), mx.kv.KVStore.__name__)
print(type(mx.kv.create("local")).__module__.replace("distnet", "mxnet"))
print(mx.image.ImageIter.__module__.replace("distnet", "mxnet"), mx.image.ImageDetIter.__module__.replace("distnet", "mxnet"))
for sched in (mx.lr_scheduler.FactorScheduler(step=2), mx.lr_scheduler.CosineScheduler(max_update=4)):
    print(type(sched).__name__, sorted(n for n in dir(sched) if not n.startswith("_")))
print([n for n in ("stype_name", "stype", "data", "indices") if n in dir(csr)])
