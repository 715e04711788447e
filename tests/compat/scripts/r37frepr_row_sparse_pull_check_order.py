"""kv.row_sparse_pull checks every output's storage (then its row ids') before any key's value, on local and device stores."""
import mxnet as mx


def show(label, fn):
    try:
        print(label, '|', fn())
    except Exception as e:
        print(label, '| EXC', type(e).__name__, str(e))


def rsp():
    return mx.nd.ones((2, 2)).tostype('row_sparse')


def ids(stype='default'):
    return mx.nd.array([[0]]).tostype(stype) if stype != 'default' else mx.nd.array([0])


for t in ['local', 'device']:
    kv = mx.kv.create(t)
    kv.init(7, rsp())
    kv.init(3, mx.nd.ones(2))
    show(t + ' dense out, dense key', lambda: kv.row_sparse_pull(3, out=mx.nd.ones(2), row_ids=ids()))
    show(t + ' dense out, key never set', lambda: kv.row_sparse_pull(5, out=mx.nd.ones(2), row_ids=ids()))
    show(t + ' init after the refused pull', lambda: kv.init(5, rsp()))
    show(t + ' rsp out, key never set', lambda: kv.row_sparse_pull(8, out=rsp(), row_ids=ids()))
    show(t + ' rsp ids, rsp out', lambda: kv.row_sparse_pull(7, out=rsp(), row_ids=ids('row_sparse')))
    show(t + ' csr ids, rsp out', lambda: kv.row_sparse_pull(7, out=rsp(), row_ids=ids('csr')))
    show(t + ' rsp ids, dense out', lambda: kv.row_sparse_pull(7, out=mx.nd.ones((2, 2)), row_ids=ids('row_sparse')))
    show(t + ' [bad ids, dense out]', lambda: kv.row_sparse_pull(
        [7, 7], out=[rsp(), mx.nd.ones((2, 2))], row_ids=[ids('row_sparse'), ids()]))
    show(t + ' [dense out, bad ids]', lambda: kv.row_sparse_pull(
        [7, 7], out=[mx.nd.ones((2, 2)), rsp()], row_ids=[ids(), ids('row_sparse')]))
    show(t + ' [unset key, dense out]', lambda: kv.row_sparse_pull(
        [9, 7], out=[rsp(), mx.nd.ones((2, 2))], row_ids=[ids(), ids()]))
