# Names users reach in MXNet 1.9.1's mx.nd / mx.sym namespaces (documented functions and re-exports)
import mxnet as mx

NAMES = {
    'nd': ['Custom', 'CachedOp', 'histogram', 'moveaxis', 'split_v2', 'onehot_encode', 'from_dlpack', 'to_dlpack_for_read',
           'to_dlpack_for_write', 'concatenate', 'indexing_key_expand_implicit_axes', 'waitall', 'load',
           'save', 'linalg_gemm2', 'random_pdf_dirichlet', 'sample_multinomial', 'khatri_rao', 'amp_multicast'],
    'nd.contrib': ['uniform', 'current_context', 'foreach', 'while_loop', 'cond', 'isfinite', 'isinf', 'isnan',
                   'rand_zipfian', 'hawkesll', 'index_copy', 'dgl_graph_compact', 'SparseEmbedding', 'quadratic'],
    'nd.sparse': ['Context', 'gs_retain', 'retain', 'csr_matrix', 'row_sparse_array', 'array', 'zeros', 'empty',
                  'add', 'subtract', 'multiply', 'divide', 'norm', 'Embedding', 'stop_gradient', 'where'],
    'nd.random': ['uniform', 'normal', 'randn', 'randint', 'shuffle', 'multinomial', 'exponential_like'],
    'nd.linalg': ['gemm', 'syevd', 'slogdet', 'maketrian'],
    'nd.image': ['to_tensor', 'normalize', 'crop', 'resize'],
    'sym': ['Custom', 'histogram', 'split_v2', 'Group', 'load_json', 'khatri_rao', 'random_pdf_normal'],
    'sym.contrib': ['uniform', 'foreach', 'while_loop', 'cond', 'rand_zipfian', 'quadratic', 'box_nms'],
    'sym.random': ['uniform', 'normal', 'multinomial', 'shuffle'],
    'sym.linalg': ['gemm2', 'potrf', 'extracttrian'],
}
for module, names in NAMES.items():
    obj = mx
    for part in module.split('.'):
        obj = getattr(obj, part)
    print(module, [n for n in names if hasattr(obj, n)], [n for n in names if not hasattr(obj, n)])
