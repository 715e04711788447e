"""A summed push whose first array's storage differs from the key's copy buffers fails with MXNet's text and source line."""
import mxnet as mx

shape = (5, 2)


def values(stype):
    return [mx.nd.ones(shape, ctx=mx.cpu(i)).tostype(stype) for i in range(2)]


for kv_type in ('local', 'device', 'local_allreduce_cpu', 'local_allreduce_device'):
    for first, then in (('row_sparse', 'default'), ('default', 'row_sparse'), ('row_sparse', 'row_sparse')):
        kv = mx.kv.create(kv_type)
        kv.init('w', mx.nd.ones(shape).tostype('row_sparse'))
        for stype in (first, then):
            try:
                kv.push('w', values(stype))
                print(kv_type, first, then, stype, 'pushed')
            except mx.base.MXNetError as e:
                print(kv_type, first, then, stype, repr(str(e)))
