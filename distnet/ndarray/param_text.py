"""Operator attributes as MXNet reads them: each value passes as its text and is parsed by its parameter's type.

So ``axis='1'`` and ``axis=np.int64(1)`` work where ``axis=1.0`` and ``keepdims=None`` are refused. A value already
of its parameter's Python type is passed on untouched (the common call costs one dict lookup per attribute).
"""
import inspect
import math
import re

import numpy as np

from ..base import MXNetError, located

# Parameter types, per operator: i int, I int (non-negative), l long, L long (non-negative), f float, d double,
# b boolean, s Shape(tuple), S Shape(tuple) of ints or None (slice bounds), F tuple of <float>,
# D tuple of <double>; a trailing ? also accepts None.
KINDS = {
    '_zeros_without_dtype': {'dtype': 'i'},
    'BatchNorm': {'eps': 'd', 'momentum': 'f', 'fix_gamma': 'b', 'use_global_stats': 'b', 'output_mean_var': 'b',
        'axis': 'i', 'cudnn_off': 'b', 'min_calib_range': 'f?', 'max_calib_range': 'f?'},
    'BatchNorm_v1': {'eps': 'f', 'momentum': 'f', 'fix_gamma': 'b', 'use_global_stats': 'b', 'output_mean_var': 'b'},
    'BilinearSampler': {'cudnn_off': 'b?'},
    'CTCLoss': {'use_data_lengths': 'b', 'use_label_lengths': 'b'},
    'Concat': {'dim': 'i'},
    'Convolution': {'kernel': 's', 'stride': 's', 'dilate': 's', 'pad': 's', 'num_filter': 'I', 'num_group': 'I',
        'workspace': 'L', 'no_bias': 'b', 'cudnn_off': 'b'},
    'Convolution_v1': {'kernel': 's', 'stride': 's', 'dilate': 's', 'pad': 's', 'num_filter': 'I', 'num_group': 'I',
        'workspace': 'L', 'no_bias': 'b', 'cudnn_off': 'b'},
    'Correlation': {'kernel_size': 'I', 'max_displacement': 'I', 'stride1': 'I', 'stride2': 'I', 'pad_size': 'I',
        'is_multiply': 'b'},
    'Crop': {'offset': 's', 'h_w': 's', 'center_crop': 'b'},
    'Deconvolution': {'kernel': 's', 'stride': 's', 'dilate': 's', 'pad': 's', 'adj': 's', 'target_shape': 's',
        'num_filter': 'I', 'num_group': 'I', 'workspace': 'L', 'no_bias': 'b', 'cudnn_off': 'b'},
    'Dropout': {'p': 'f', 'axes': 's', 'cudnn_off': 'b?'},
    'Embedding': {'input_dim': 'i', 'output_dim': 'i', 'sparse_grad': 'b'},
    'FullyConnected': {'num_hidden': 'i', 'no_bias': 'b', 'flatten': 'b'},
    'GridGenerator': {'target_shape': 's'},
    'GroupNorm': {'num_groups': 'i', 'eps': 'f', 'output_mean_var': 'b'},
    'IdentityAttachKLSparseReg': {'sparseness_target': 'f', 'penalty': 'f', 'momentum': 'f'},
    'InstanceNorm': {'eps': 'f'},
    'L2Normalization': {'eps': 'f'},
    'LRN': {'alpha': 'f', 'beta': 'f', 'knorm': 'f', 'nsize': 'I'},
    'LayerNorm': {'axis': 'i', 'eps': 'f', 'output_mean_var': 'b'},
    'LeakyReLU': {'slope': 'f', 'lower_bound': 'f', 'upper_bound': 'f'},
    'LinearRegressionOutput': {'grad_scale': 'f'},
    'LogisticRegressionOutput': {'grad_scale': 'f'},
    'MAERegressionOutput': {'grad_scale': 'f'},
    'MakeLoss': {'grad_scale': 'f', 'valid_thresh': 'f'},
    'Pad': {'pad_width': 's', 'constant_value': 'd'},
    'Pooling': {'kernel': 's', 'global_pool': 'b', 'cudnn_off': 'b', 'stride': 's', 'pad': 's', 'p_value': 'i?',
        'count_include_pad': 'b?'},
    'Pooling_v1': {'kernel': 's', 'global_pool': 'b', 'stride': 's', 'pad': 's'},
    'RNN': {'state_size': 'I', 'num_layers': 'I', 'bidirectional': 'b', 'p': 'f', 'state_outputs': 'b',
        'projection_size': 'i?', 'lstm_state_clip_min': 'd?', 'lstm_state_clip_max': 'd?',
        'lstm_state_clip_nan': 'b', 'use_sequence_length': 'b'},
    'ROIPooling': {'pooled_size': 's', 'spatial_scale': 'f'},
    'SVMOutput': {'margin': 'f', 'regularization_coefficient': 'f', 'use_linear': 'b'},
    'SequenceLast': {'use_sequence_length': 'b', 'axis': 'i'},
    'SequenceMask': {'use_sequence_length': 'b', 'value': 'f', 'axis': 'i'},
    'SequenceReverse': {'use_sequence_length': 'b', 'axis': 'i'},
    'SliceChannel': {'num_outputs': 'i', 'axis': 'i', 'squeeze_axis': 'b'},
    'SoftmaxOutput': {'grad_scale': 'f', 'ignore_label': 'f', 'multi_output': 'b', 'use_ignore': 'b',
        'preserve_shape': 'b', 'out_grad': 'b', 'smooth_alpha': 'f'},
    'SpatialTransformer': {'target_shape': 's', 'cudnn_off': 'b?'},
    'SwapAxis': {'dim1': 'i', 'dim2': 'i'},
    'UpSampling': {'scale': 'i', 'num_filter': 'i', 'workspace': 'L'},
    '_arange': {'start': 'd', 'stop': 'd?', 'step': 'd', 'repeat': 'i', 'infer_range': 'b'},
    '_contrib_AdaptiveAvgPooling2D': {'output_size': 's'},
    '_contrib_BatchNormWithReLU': {'eps': 'd', 'momentum': 'f', 'fix_gamma': 'b', 'use_global_stats': 'b',
        'output_mean_var': 'b', 'axis': 'i', 'cudnn_off': 'b', 'min_calib_range': 'f?', 'max_calib_range': 'f?'},
    '_contrib_BilinearResize2D': {'height': 'i', 'width': 'i', 'scale_height': 'f?', 'scale_width': 'f?',
        'align_corners': 'b'},
    '_contrib_DeformableConvolution': {'kernel': 's', 'stride': 's', 'dilate': 's', 'pad': 's', 'num_filter': 'i',
        'num_group': 'i', 'num_deformable_group': 'i', 'workspace': 'L', 'no_bias': 'b'},
    '_contrib_DeformablePSROIPooling': {'spatial_scale': 'f', 'output_dim': 'i', 'group_size': 'i',
        'pooled_size': 'i', 'part_size': 'i', 'sample_per_part': 'i', 'trans_std': 'f', 'no_trans': 'b'},
    '_contrib_ModulatedDeformableConvolution': {'kernel': 's', 'stride': 's', 'dilate': 's', 'pad': 's',
        'num_filter': 'I', 'num_group': 'I', 'num_deformable_group': 'I', 'workspace': 'L', 'no_bias': 'b',
        'im2col_step': 'I'},
    '_contrib_MultiBoxDetection': {'clip': 'b', 'threshold': 'f', 'background_id': 'i', 'nms_threshold': 'f',
        'force_suppress': 'b', 'variances': 'F', 'nms_topk': 'i'},
    '_contrib_MultiBoxPrior': {'sizes': 'F', 'ratios': 'F', 'clip': 'b', 'steps': 'F', 'offsets': 'F'},
    '_contrib_MultiBoxTarget': {'overlap_threshold': 'f', 'ignore_label': 'f', 'negative_mining_ratio': 'f',
        'negative_mining_thresh': 'f', 'minimum_negative_samples': 'i', 'variances': 'F'},
    '_contrib_MultiProposal': {'rpn_pre_nms_top_n': 'i', 'rpn_post_nms_top_n': 'i', 'threshold': 'f',
        'rpn_min_size': 'i', 'scales': 'F', 'ratios': 'F', 'feature_stride': 'i', 'output_score': 'b',
        'iou_loss': 'b'},
    '_contrib_PSROIPooling': {'spatial_scale': 'f', 'output_dim': 'i', 'pooled_size': 'i', 'group_size': 'i'},
    '_contrib_Proposal': {'rpn_pre_nms_top_n': 'i', 'rpn_post_nms_top_n': 'i', 'threshold': 'f', 'rpn_min_size': 'i',
        'scales': 'F', 'ratios': 'F', 'feature_stride': 'i', 'output_score': 'b', 'iou_loss': 'b'},
    '_contrib_ROIAlign': {'pooled_size': 's', 'spatial_scale': 'f', 'sample_ratio': 'i', 'position_sensitive': 'b',
        'aligned': 'b'},
    '_contrib_RROIAlign': {'pooled_size': 's', 'spatial_scale': 'f', 'sampling_ratio': 'i'},
    '_contrib_SparseEmbedding': {'input_dim': 'i', 'output_dim': 'i'},
    '_contrib_SyncBatchNorm': {'eps': 'f', 'momentum': 'f', 'fix_gamma': 'b', 'use_global_stats': 'b',
        'output_mean_var': 'b', 'ndev': 'i'},
    '_contrib_adamw_update': {'lr': 'f', 'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 'wd': 'f', 'eta': 'f',
        'clip_gradient': 'f'},
    '_contrib_allclose': {'rtol': 'f', 'atol': 'f', 'equal_nan': 'b'},
    '_contrib_arange_like': {'start': 'd', 'step': 'd', 'repeat': 'i', 'axis': 'i?'},
    '_npx_reshape': {'newshape': 's', 'reverse': 'b'},
    '_np_reshape': {'newshape': 's'},
    '_contrib_bipartite_matching': {'is_ascend': 'b', 'threshold': 'f', 'topk': 'i'},
    '_contrib_boolean_mask': {'axis': 'i'},
    '_contrib_box_decode': {'std0': 'f', 'std1': 'f', 'std2': 'f', 'std3': 'f', 'clip': 'f'},
    '_contrib_box_nms': {'overlap_thresh': 'f', 'valid_thresh': 'f', 'topk': 'i', 'coord_start': 'i',
        'score_index': 'i', 'id_index': 'i', 'background_id': 'i', 'force_suppress': 'b'},
    '_contrib_calibrate_entropy': {'num_quantized_bins': 'i'},
    '_contrib_count_sketch': {'out_dim': 'i', 'processing_batch_size': 'i'},
    '_contrib_dgl_csr_neighbor_non_uniform_sample': {'num_hops': 'l', 'num_neighbor': 'l', 'max_num_vertices': 'l'},
    '_contrib_dgl_csr_neighbor_uniform_sample': {'num_hops': 'l', 'num_neighbor': 'l', 'max_num_vertices': 'l'},
    '_contrib_dgl_graph_compact': {'return_mapping': 'b'},
    '_contrib_dgl_subgraph': {'return_mapping': 'b'},
    '_contrib_fft': {'compute_size': 'i'},
    '_contrib_getnnz': {'axis': 'i?'},
    '_contrib_gradientmultiplier': {'scalar': 'd', 'is_int': 'b'},
    '_contrib_backward_gradientmultiplier': {'scalar': 'd', 'is_int': 'b'},
    '_contrib_group_adagrad_update': {'lr': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f', 'epsilon': 'f'},
    '_contrib_ifft': {'compute_size': 'i'},
    '_contrib_index_array': {'axes': 's?'},
    '_contrib_interleaved_matmul_encdec_qk': {'heads': 'i'},
    '_contrib_interleaved_matmul_encdec_valatt': {'heads': 'i'},
    '_contrib_interleaved_matmul_selfatt_qk': {'heads': 'i'},
    '_contrib_interleaved_matmul_selfatt_valatt': {'heads': 'i'},
    '_contrib_mp_adamw_update': {'lr': 'f', 'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 'wd': 'f', 'eta': 'f',
        'clip_gradient': 'f'},
    '_contrib_quadratic': {'a': 'f', 'b': 'f', 'c': 'f'},
    '_contrib_quantize_asym': {'min_calib_range': 'f?', 'max_calib_range': 'f?'},
    '_contrib_quantize_v2': {'min_calib_range': 'f?', 'max_calib_range': 'f?'},
    '_contrib_quantized_batch_norm': {'eps': 'd', 'momentum': 'f', 'fix_gamma': 'b', 'use_global_stats': 'b',
        'output_mean_var': 'b', 'axis': 'i', 'cudnn_off': 'b', 'min_calib_range': 'f?', 'max_calib_range': 'f?'},
    '_contrib_quantized_concat': {'dim': 'i'},
    '_contrib_quantized_conv': {'kernel': 's', 'stride': 's', 'dilate': 's', 'pad': 's', 'num_filter': 'I',
        'num_group': 'I', 'workspace': 'L', 'no_bias': 'b', 'cudnn_off': 'b'},
    '_contrib_quantized_elemwise_add': {'min_calib_range': 'f?', 'max_calib_range': 'f?'},
    '_contrib_quantized_elemwise_mul': {'min_calib_range': 'f?', 'max_calib_range': 'f?', 'enable_float_output': 'b'},
    '_contrib_quantized_embedding': {'input_dim': 'i', 'output_dim': 'i', 'sparse_grad': 'b'},
    '_contrib_quantized_fully_connected': {'num_hidden': 'i', 'no_bias': 'b', 'flatten': 'b'},
    '_contrib_quantized_pooling': {'kernel': 's', 'global_pool': 'b', 'cudnn_off': 'b', 'stride': 's', 'pad': 's',
        'p_value': 'i?', 'count_include_pad': 'b?'},
    '_contrib_quantized_rnn': {'state_size': 'I', 'num_layers': 'I', 'bidirectional': 'b', 'p': 'f',
        'state_outputs': 'b', 'projection_size': 'i?', 'lstm_state_clip_min': 'd?', 'lstm_state_clip_max': 'd?',
        'lstm_state_clip_nan': 'b', 'use_sequence_length': 'b'},
    '_contrib_requantize': {'min_calib_range': 'f?', 'max_calib_range': 'f?'},
    '_cvcopyMakeBorder': {'top': 'i', 'bot': 'i', 'left': 'i', 'right': 'i', 'type': 'i', 'value': 'd',
        'values': 'D'},
    '_cvimdecode': {'flag': 'i', 'to_rgb': 'b'},
    '_cvimread': {'flag': 'i', 'to_rgb': 'b'},
    '_cvimresize': {'w': 'i', 'h': 'i', 'interp': 'i'},
    '_div_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_equal_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_eye': {'N': 'l', 'M': 'l', 'k': 'l'},
    '_full': {'shape': 's', 'value': 'd'},
    '_greater_equal_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_greater_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_hypot_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_image_adjust_lighting': {'alpha': 'F'},
    '_image_crop': {'x': 'i', 'y': 'i', 'width': 'i', 'height': 'i'},
    '_image_normalize': {'mean': 'F', 'std': 'F'},
    '_image_random_brightness': {'min_factor': 'f', 'max_factor': 'f'},
    '_image_random_color_jitter': {'brightness': 'f', 'contrast': 'f', 'saturation': 'f', 'hue': 'f'},
    '_image_random_contrast': {'min_factor': 'f', 'max_factor': 'f'},
    '_image_random_hue': {'min_factor': 'f', 'max_factor': 'f'},
    '_image_random_lighting': {'alpha_std': 'f'},
    '_image_random_saturation': {'min_factor': 'f', 'max_factor': 'f'},
    '_image_resize': {'size': 's', 'keep_ratio': 'b', 'interp': 'i'},
    '_lesser_equal_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_lesser_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_linalg_extractdiag': {'offset': 'i'},
    '_linalg_extracttrian': {'offset': 'i', 'lower': 'b'},
    '_linalg_gemm': {'transpose_a': 'b', 'transpose_b': 'b', 'alpha': 'd', 'beta': 'd', 'axis': 'i'},
    '_linalg_gemm2': {'transpose_a': 'b', 'transpose_b': 'b', 'alpha': 'd', 'axis': 'i'},
    '_linalg_makediag': {'offset': 'i'},
    '_linalg_maketrian': {'offset': 'i', 'lower': 'b'},
    '_linalg_potrf': {'lower': 'b'},
    '_linalg_potri': {'lower': 'b'},
    '_linalg_syrk': {'transpose': 'b', 'alpha': 'd'},
    '_linalg_trmm': {'transpose': 'b', 'rightside': 'b', 'lower': 'b', 'alpha': 'd'},
    '_linalg_trsm': {'transpose': 'b', 'rightside': 'b', 'lower': 'b', 'alpha': 'd'},
    '_linspace': {'start': 'd', 'stop': 'd', 'num': 'i', 'endpoint': 'b'},
    '_logical_and_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_logical_or_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_logical_xor_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_maximum_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_minimum_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_minus_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_mod_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_mul_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_multi_adamw_update': {'lrs': 'F', 'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 'wds': 'F', 'etas': 'F',
        'clip_gradient': 'f', 'num_weights': 'i'},
    '_multi_lamb_update': {'learning_rates': 'F', 'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 'wds': 'F',
        'rescale_grad': 'f', 'lower_bound': 'f', 'upper_bound': 'f', 'clip_gradient': 'f', 'bias_correction': 'b',
        'step_count': 's', 'num_tensors': 'i'},
    '_multi_mp_adamw_update': {'lrs': 'F', 'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 'wds': 'F', 'etas': 'F',
        'clip_gradient': 'f', 'num_weights': 'i'},
    '_multi_mp_lamb_update': {'learning_rates': 'F', 'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 'wds': 'F',
        'rescale_grad': 'f', 'lower_bound': 'f', 'upper_bound': 'f', 'clip_gradient': 'f', 'bias_correction': 'b',
        'step_count': 's', 'num_tensors': 'i'},
    '_not_equal_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_ones': {'shape': 's'},
    '_plus_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_power_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_random_exponential': {'lam': 'f', 'shape': 's'},
    '_random_gamma': {'alpha': 'f', 'beta': 'f', 'shape': 's'},
    '_random_generalized_negative_binomial': {'mu': 'f', 'alpha': 'f', 'shape': 's'},
    '_random_negative_binomial': {'k': 'i', 'p': 'f', 'shape': 's'},
    '_random_normal': {'loc': 'f', 'scale': 'f', 'shape': 's'},
    '_random_pdf_dirichlet': {'is_log': 'b'},
    '_random_pdf_exponential': {'is_log': 'b'},
    '_random_pdf_gamma': {'is_log': 'b'},
    '_random_pdf_generalized_negative_binomial': {'is_log': 'b'},
    '_random_pdf_negative_binomial': {'is_log': 'b'},
    '_random_pdf_normal': {'is_log': 'b'},
    '_random_pdf_poisson': {'is_log': 'b'},
    '_random_pdf_uniform': {'is_log': 'b'},
    '_random_poisson': {'lam': 'f', 'shape': 's'},
    '_random_randint': {'low': 'l', 'high': 'l', 'shape': 's'},
    '_random_uniform': {'low': 'f', 'high': 'f', 'shape': 's'},
    '_rdiv_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_rminus_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_rmod_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_rnn_param_concat': {'dim': 'i'},
    '_rpower_scalar': {'scalar': 'd', 'is_int': 'b'},
    '_sample_exponential': {'shape': 's'},
    '_sample_gamma': {'shape': 's'},
    '_sample_generalized_negative_binomial': {'shape': 's'},
    '_sample_multinomial': {'shape': 's', 'get_prob': 'b'},
    '_sample_negative_binomial': {'shape': 's'},
    '_sample_normal': {'shape': 's'},
    '_sample_poisson': {'shape': 's'},
    '_sample_uniform': {'shape': 's'},
    '_slice_assign': {'begin': 'S', 'end': 'S', 'step': 'S'},
    '_slice_assign_scalar': {'scalar': 'd', 'begin': 'S', 'end': 'S', 'step': 'S'},
    '_sparse_adagrad_update': {'lr': 'f', 'epsilon': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f'},
    '_split_v2': {'indices': 's', 'axis': 'i', 'squeeze_axis': 'b', 'sections': 'i'},
    '_square_sum': {'axis': 's?', 'keepdims': 'b', 'exclude': 'b'},
    '_zeros': {'shape': 's'},
    'adam_update': {'lr': 'f', 'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 'wd': 'f', 'rescale_grad': 'f',
        'clip_gradient': 'f', 'lazy_update': 'b'},
    'all_finite': {'init_output': 'b'},
    'amp_multicast': {'num_outputs': 'i', 'cast_narrow': 'b'},
    'argmax': {'axis': 'i?', 'keepdims': 'b'},
    'argmin': {'axis': 'i?', 'keepdims': 'b'},
    'argsort': {'axis': 'i?', 'is_ascend': 'b'},
    'batch_dot': {'transpose_a': 'b', 'transpose_b': 'b'},
    'broadcast_axis': {'axis': 's', 'size': 's'},
    'broadcast_like': {'lhs_axes': 's?', 'rhs_axes': 's?'},
    'broadcast_to': {'shape': 's'},
    'clip': {'a_min': 'f', 'a_max': 'f'},
    'col2im': {'output_size': 's', 'kernel': 's', 'stride': 's', 'dilate': 's', 'pad': 's'},
    'cumsum': {'axis': 'i?'},
    'depth_to_space': {'block_size': 'i'},
    'diag': {'k': 'i', 'axis1': 'i', 'axis2': 'i'},
    'dot': {'transpose_a': 'b', 'transpose_b': 'b'},
    'expand_dims': {'axis': 'i'},
    'ftml_update': {'lr': 'f', 'beta1': 'f', 'beta2': 'f', 'epsilon': 'd', 't': 'i', 'wd': 'f', 'rescale_grad': 'f',
        'clip_grad': 'f'},
    'ftrl_update': {'lr': 'f', 'lamda1': 'f', 'beta': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f'},
    'hard_sigmoid': {'alpha': 'f', 'beta': 'f'},
    'histogram': {'bin_cnt': 'i?'},
    'im2col': {'kernel': 's', 'stride': 's', 'dilate': 's', 'pad': 's'},
    'lamb_update_phase1': {'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 't': 'i', 'bias_correction': 'b', 'wd': 'f',
        'rescale_grad': 'f', 'clip_gradient': 'f'},
    'lamb_update_phase2': {'lr': 'f', 'lower_bound': 'f', 'upper_bound': 'f'},
    'log_softmax': {'axis': 'i', 'temperature': 'd?', 'use_length': 'b?'},
    'max': {'axis': 's?', 'keepdims': 'b', 'exclude': 'b'},
    'mean': {'axis': 's?', 'keepdims': 'b', 'exclude': 'b'},
    'min': {'axis': 's?', 'keepdims': 'b', 'exclude': 'b'},
    'moments': {'axes': 's?', 'keepdims': 'b'},
    'mp_lamb_update_phase1': {'beta1': 'f', 'beta2': 'f', 'epsilon': 'f', 't': 'i', 'bias_correction': 'b',
        'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f'},
    'mp_lamb_update_phase2': {'lr': 'f', 'lower_bound': 'f', 'upper_bound': 'f'},
    'mp_nag_mom_update': {'lr': 'f', 'momentum': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f'},
    'mp_sgd_mom_update': {'lr': 'f', 'momentum': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f',
        'lazy_update': 'b'},
    'mp_sgd_update': {'lr': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f', 'lazy_update': 'b'},
    'multi_all_finite': {'num_arrays': 'i', 'init_output': 'b'},
    'multi_lars': {'eta': 'f', 'eps': 'f', 'rescale_grad': 'f'},
    'multi_mp_sgd_mom_update': {'lrs': 'F', 'wds': 'F', 'momentum': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f',
        'num_weights': 'i'},
    'multi_mp_sgd_update': {'lrs': 'F', 'wds': 'F', 'rescale_grad': 'f', 'clip_gradient': 'f', 'num_weights': 'i'},
    'multi_sgd_mom_update': {'lrs': 'F', 'wds': 'F', 'momentum': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f',
        'num_weights': 'i'},
    'multi_sgd_update': {'lrs': 'F', 'wds': 'F', 'rescale_grad': 'f', 'clip_gradient': 'f', 'num_weights': 'i'},
    'multi_sum_sq': {'num_arrays': 'i'},
    'nag_mom_update': {'lr': 'f', 'momentum': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f'},
    'nanprod': {'axis': 's?', 'keepdims': 'b', 'exclude': 'b'},
    'nansum': {'axis': 's?', 'keepdims': 'b', 'exclude': 'b'},
    'norm': {'ord': 'i', 'axis': 's?', 'keepdims': 'b'},
    'one_hot': {'depth': 'i', 'on_value': 'd', 'off_value': 'd'},
    'pick': {'axis': 'i?', 'keepdims': 'b'},
    'preloaded_multi_mp_sgd_mom_update': {'momentum': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f',
        'num_weights': 'i'},
    'preloaded_multi_mp_sgd_update': {'rescale_grad': 'f', 'clip_gradient': 'f', 'num_weights': 'i'},
    'preloaded_multi_sgd_mom_update': {'momentum': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f', 'num_weights': 'i'},
    'preloaded_multi_sgd_update': {'rescale_grad': 'f', 'clip_gradient': 'f', 'num_weights': 'i'},
    'prod': {'axis': 's?', 'keepdims': 'b', 'exclude': 'b'},
    'ravel_multi_index': {'shape': 's'},
    'repeat': {'repeats': 'i', 'axis': 'i?'},
    'reset_arrays': {'num_arrays': 'i'},
    'reshape': {'shape': 's', 'reverse': 'b', 'target_shape': 's', 'keep_highest': 'b'},
    'reshape_like': {'lhs_begin': 'i?', 'lhs_end': 'i?', 'rhs_begin': 'i?', 'rhs_end': 'i?'},
    'reverse': {'axis': 's'},
    'rmsprop_update': {'lr': 'f', 'gamma1': 'f', 'epsilon': 'f', 'wd': 'f', 'rescale_grad': 'f',
        'clip_gradient': 'f', 'clip_weights': 'f'},
    'rmspropalex_update': {'lr': 'f', 'gamma1': 'f', 'gamma2': 'f', 'epsilon': 'f', 'wd': 'f', 'rescale_grad': 'f',
        'clip_gradient': 'f', 'clip_weights': 'f'},
    'scatter_nd': {'shape': 's'},
    'sgd_mom_update': {'lr': 'f', 'momentum': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f',
        'lazy_update': 'b'},
    'sgd_update': {'lr': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f', 'lazy_update': 'b'},
    'signsgd_update': {'lr': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f'},
    'signum_update': {'lr': 'f', 'momentum': 'f', 'wd': 'f', 'rescale_grad': 'f', 'clip_gradient': 'f', 'wd_lh': 'f'},
    'slice': {'begin': 'S', 'end': 'S', 'step': 'S'},
    'slice_axis': {'axis': 'i', 'begin': 'i', 'end': 'i?'},
    'slice_like': {'axes': 's'},
    'smooth_l1': {'scalar': 'd', 'is_int': 'b'},
    'softmax': {'axis': 'i', 'temperature': 'd?', 'use_length': 'b?'},
    'softmin': {'axis': 'i', 'temperature': 'd?', 'use_length': 'b?'},
    'sort': {'axis': 'i?', 'is_ascend': 'b'},
    'space_to_depth': {'block_size': 'i'},
    'squeeze': {'axis': 's?'},
    'stack': {'axis': 'i'},
    'sum': {'axis': 's?', 'keepdims': 'b', 'exclude': 'b'},
    'take': {'axis': 'i'},
    'tile': {'reps': 's'},
    'topk': {'axis': 'i?', 'k': 'i', 'is_ascend': 'b'},
    'transpose': {'axes': 's'},
    'unravel_index': {'shape': 's'},
}
# The *_like samplers read their distribution parameters as the plain samplers do.
for _name in ("exponential", "gamma", "generalized_negative_binomial", "negative_binomial", "normal", "poisson",
              "uniform"):
    KINDS[f"_random_{_name}_like"] = {k: v for k, v in KINDS[f"_random_{_name}"].items() if k != "shape"}

# Parameters MXNet declares with a lower bound (low, None) or a closed range (low, high): refused at creation
_BOUNDS = {
    'Dropout': {'p': (0, 1)},
    **{op: {'input_dim': (1, None), 'output_dim': (1, None)} for op in ('Embedding', '_contrib_SparseEmbedding')},
    'FullyConnected': {'num_hidden': (1, None)},
    'Convolution': {'num_filter': (1, None)},
    'Convolution_v1': {'num_filter': (1, None)},
    'Deconvolution': {'num_filter': (1, None)},
    'IdentityAttachKLSparseReg': {'sparseness_target': (0, 1), 'momentum': (0, 1)},
    'RNN': {'p': (0, 1)},
    **{op: {'spatial_scale': (0, 1)} for op in ('ROIPooling', '_contrib_ROIAlign', '_contrib_RROIAlign',
                                                 '_contrib_PSROIPooling', '_contrib_DeformablePSROIPooling')},
    'SliceChannel': {'num_outputs': (1, None)},
    'SoftmaxOutput': {'smooth_alpha': (0, 1)},
    'UpSampling': {'scale': (1, None)},
    '_contrib_BilinearResize2D': {'height': (1, None), 'width': (1, None)},
    'ftml_update': {'beta1': (0, 1), 'beta2': (0, 1)},
    **{f'_image_random_{kind}': {'max_factor': (0, None), 'min_factor': (0, None)}      # (checked in this order)
       for kind in ('brightness', 'contrast', 'saturation', 'hue')},
}
# The descriptions MXNet declares for the bounded parameters, which its refusal of a value quotes
_MEANINGS = {
    ('Dropout', 'p'): "Fraction of the input that gets dropped out during training time.",
    **{(op, key): meaning for op in ('Embedding', '_contrib_SparseEmbedding') for key, meaning in (
        ('input_dim', "Vocabulary size of the input indices."), ('output_dim', "Dimension of the embedding vectors."))},
    ('FullyConnected', 'num_hidden'): "Number of hidden nodes of the output.",
    ('Convolution', 'num_filter'): "Convolution filter(channel) number",
    ('Convolution_v1', 'num_filter'): "convolution filter(channel) number",
    ('Deconvolution', 'num_filter'): "Number of output filters.",
    ('IdentityAttachKLSparseReg', 'sparseness_target'): "The sparseness target",
    ('IdentityAttachKLSparseReg', 'momentum'): "The momentum for running average",
    ('RNN', 'p'): "drop rate of the dropout on the outputs of each RNN layer, except the last layer.",
    **{(op, 'spatial_scale'): "Ratio of input feature map height (or w) to raw image height (or w). Equals the "
                              "reciprocal of total stride in convolutional layers"
       for op in ('ROIPooling', '_contrib_ROIAlign', '_contrib_PSROIPooling', '_contrib_DeformablePSROIPooling')},
    ('_contrib_RROIAlign', 'spatial_scale'): "Ratio of input feature map height (or width) to raw image height (or "
                                             "width). Equals the reciprocal of total stride in convolutional layers",
    ('SliceChannel', 'num_outputs'): "Number of splits. Note that this should evenly divide the length of the "
                                     "`axis`.",
    ('SoftmaxOutput', 'smooth_alpha'): "Constant for computing a label smoothed version of cross-entropyfor the "
                                       "backwards pass.  This constant gets subtracted from theone-hot encoding of "
                                       "the gold label and distributed uniformly toall other labels.",
    ('UpSampling', 'scale'): "Up sampling scale",
    **{('_contrib_BilinearResize2D', key): f'output {key} (required, but ignored if scale_{key} is defined or mode is '
                                           'not "size")' for key in ('height', 'width')},
    **{(f'_image_random_{kind}', f'{end}_factor'): f"{word} factor."
       for kind in ('brightness', 'contrast', 'saturation', 'hue') for end, word in (('min', 'Minimum'), ('max', 'Maximum'))},
    ('ftml_update', 'beta1'): "Generally close to 0.5.",
    ('ftml_update', 'beta2'): "Generally close to 1.",
}
# Variadic ops whose num_args MXNet checks against the inputs given, with its description: their parser reads it
# (an int of at least 1) among the other attributes, before the inputs are counted
COUNTED_INPUTS = {"Concat": "Number of inputs to be concated.", "stack": "Number of inputs to be stacked.",
                  "add_n": "Number of inputs to be summed.", "_rnn_param_concat": "Number of inputs to be concated.",
                  "khatri_rao": "Number of input matrices."}
# Variadic ops whose NDArray call has the operator state num_args (the count of inputs) when not given, with its
# bounds and description: their parser reads it among the other attributes too
STATED_COUNT = {
    "UpSampling": ((1, None), "Number of inputs to be upsampled. For nearest neighbor upsampling, this can be 1-N; "
                              "the size of output will be(scale*h_0,scale*w_0) and all other inputs will be upsampled "
                              "to thesame size. For bilinear upsampling this must be 2; 1 input and 1 weight."),
    "Crop": ((1, 3), "Number of inputs for crop, if equals one, then we will use the h_wfor crop height and width, "
                     "else if equals two, then we will use the heightand width of the second input symbol, we name "
                     "crop_like here"),
}
for _name, (_bounds, _meaning) in [*((n, ((1, None), m)) for n, m in COUNTED_INPUTS.items()), *STATED_COUNT.items()]:
    KINDS[_name] = {**KINDS.get(_name, {}), "num_args": "i"}
    _BOUNDS[_name] = {**_BOUNDS.get(_name, {}), "num_args": _bounds}
    _MEANINGS[(_name, "num_args")] = _meaning
# Shape parameters MXNet declares with a number of dimensions (None: any) and whether every entry must be nonzero
_SHAPES = {
    'Pooling': {'kernel': (None, True), 'stride': (None, True)},
    'Pooling_v1': {'kernel': (None, True), 'stride': (None, True)},
    'ROIPooling': {'pooled_size': (2, True)},
    '_contrib_ROIAlign': {'pooled_size': (2, True)},
    '_contrib_RROIAlign': {'pooled_size': (2, True)},
}
# MXNet reads None as a tuple of unknown length for any tuple parameter; these operators check such a tuple of
# numbers as MXNet's do (for the others distnet refuses it at parsing)
_UNKNOWN_TUPLES_CHECKED = frozenset({'_image_normalize', '_image_adjust_lighting', '_cvcopyMakeBorder',
                                     '_contrib_MultiBoxPrior'})
# Operators whose parameter parser does not name the operator in its errors (the reductions over axes too)
UNNAMED_PARSERS = frozenset({'Pooling', 'Deconvolution', '_arange', 'sum', 'mean', 'prod', 'nansum', 'nanprod', 'max',
                             'min', '_square_sum', '_npi_arange', '_contrib_quantized_pooling'})

_LABELS = {"i": "int", "I": "int (non-negative)", "l": "long", "L": "long (non-negative)", "f": "float",
           "d": "double", "b": "boolean", "s": "Shape(tuple)", "S": "Shape(tuple)", "F": "tuple of <float>",
           "D": "tuple of <double>"}
_INT = re.compile(r"\s*[+-]?\d+\s*$")
_REAL = re.compile(r"\s*[+-]?(?:(?i:inf|infinity|nan)|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*$")
_TRUE, _FALSE = ("true", "1"), ("false", "0")
# MXNet's parser refuses a written exponent beyond 38 (float) or 308 (double), and at exactly that exponent a
# significand above the largest value's or (negative exponent) below the smallest normal's
_EXPONENT_LIMITS = {"f": (38, 3.402823466, 1.175494351), "d": (308, 1.7976931348623157, 2.2250738585072014)}
_WITH_EXPONENT = re.compile(r"(\d*\.?\d*)[eE]([+-]?)(\d+)")
# The largest value of each integer parameter type (int32, uint32, int64, uint64); a non-negative type's parser
# lets a negative value through, as MXNet's does
_INT_LIMITS = {"i": 2 ** 31 - 1, "I": 2 ** 32 - 1, "l": 2 ** 63 - 1, "L": 2 ** 64 - 1}
_INT32_MIN, _INT32_MAX = -2 ** 31, 2 ** 31 - 1      # a Shape's entries, too
_NONE = object()          # a None element of a slice bound, told apart from a failed parse


# (op, parameter): the values it accepts
ENUMS = {
    ("Activation", "act_type"): ("relu", "sigmoid", "softrelu", "softsign", "tanh"),
    ("LeakyReLU", "act_type"): ("elu", "gelu", "leaky", "prelu", "rrelu", "selu"),
    ("SoftmaxOutput", "normalization"): ("batch", "null", "valid"),
    ("Pooling", "pool_type"): ("avg", "lp", "max", "sum"),
    ("Pooling", "pooling_convention"): ("full", "same", "valid"),
    ("Convolution", "layout"): (None, "NCDHW", "NCHW", "NCW", "NDHWC", "NHWC"),
    ("Convolution", "cudnn_tune"): (None, "fastest", "limited_workspace", "off"),
    ("Convolution_v1", "layout"): (None, "NCDHW", "NCHW", "NDHWC", "NHWC"),
    ("Convolution_v1", "cudnn_tune"): (None, "fastest", "limited_workspace", "off"),
    ("Deconvolution", "cudnn_tune"): (None, "fastest", "limited_workspace", "off"),
    ("_contrib_DeformableConvolution", "layout"): (None, "NCDHW", "NCHW", "NCW"),
    ("_contrib_ModulatedDeformableConvolution", "layout"): (None, "NCDHW", "NCHW", "NCW"),
    ("RNN", "mode"): ("gru", "lstm", "rnn_relu", "rnn_tanh"),
    ("Dropout", "mode"): ("always", "training"),
    ("Pad", "mode"): ("constant", "edge", "reflect"),
    ("pick", "mode"): ("clip", "wrap"),
    ("take", "mode"): ("clip", "raise", "wrap"),
    ("Deconvolution", "layout"): (None, "NCDHW", "NCHW", "NCW", "NDHWC", "NHWC"),
    ("Pooling", "layout"): (None, "NCDHW", "NCHW", "NCW", "NDHWC", "NHWC", "NWC"),
    ("topk", "ret_typ"): ("both", "indices", "mask", "value"),
    **{(op, "dtype"): ("float16", "float32", "float64", "int32", "int64", "uint8") for op in ("topk", "argsort")},
    ("one_hot", "dtype"): ("bfloat16", "float16", "float32", "float64", "int32", "int64", "int8", "uint8"),
    **{key: (None, "float16", "float32", "float64", "int32", "int64", "int8") for key in (("norm", "out_dtype"),
                                                                                         ("cumsum", "dtype"))},
    ("L2Normalization", "mode"): ("channel", "instance", "spatial"),
    ("SoftmaxActivation", "mode"): ("channel", "instance"),
    ("UpSampling", "sample_type"): ("bilinear", "nearest"),
    ("UpSampling", "multi_input_mode"): ("concat", "sum"),
    ("MakeLoss", "normalization"): ("batch", "null", "valid"),
    ("dot", "forward_stype"): (None, "csr", "default", "row_sparse"),
    ("batch_dot", "forward_stype"): (None, "csr", "default", "row_sparse"),
    ("GridGenerator", "transform_type"): ("affine", "warp"),
    ("SpatialTransformer", "transform_type"): ("affine",), ("SpatialTransformer", "sampler_type"): ("bilinear",),
    ("CTCLoss", "blank_label"): ("first", "last"), ("_random_randint", "dtype"): ("None", "int32", "int64"),
    ("cast_storage", "stype"): ("csr", "default", "row_sparse"),
    ("Pooling_v1", "pool_type"): ("avg", "max", "sum"),
    ("Pooling_v1", "pooling_convention"): ("full", "valid"),
    **{(op, "dtype"): (None, "float16", "float32", "float64") for op in ("softmax", "log_softmax", "softmin")},
    **{(kind + name, "dtype"): ("None", "float16", "float32", "float64") for kind in ("_random_", "_sample_")
       for name in ("uniform", "normal", "exponential", "gamma", "poisson", "negative_binomial",
                    "generalized_negative_binomial")},
    **{(op, "dtype"): ("float16", "float32", "float64", "int32", "uint8")
       for op in ("_sample_multinomial", "_contrib_SparseEmbedding")},
    **{(op, "dtype"): ("bfloat16", "bool", "float16", "float32", "float64", "int32", "int64", "int8", "uint8")
       for op in ("Cast", "_zeros", "_ones", "_full")},
    **{(op, "dtype"): ("bfloat16", "float16", "float32", "float64", "int32", "int64", "int8", "uint8")
       for op in ("amp_cast", "_arange", "_linspace", "Embedding")},
    ("_eye", "dtype"): ("float16", "float32", "float64", "int32", "int64", "int8", "uint8"),
    ("_contrib_BilinearResize2D", "mode"): ("like", "odd_scale", "size", "to_even_down", "to_even_up", "to_odd_down",
                                            "to_odd_up"),
    ("_contrib_quantize", "out_type"): ("int8", "uint8"), ("_contrib_dequantize", "out_type"): ("float32",),
    **{(op, "out_type"): ("auto", "int8", "uint8") for op in ("_contrib_quantize_v2", "_contrib_requantize")},
    ("_contrib_quantized_act", "act_type"): ("relu", "sigmoid", "softrelu", "softsign", "tanh"),
    **{(op, key): ("center", "corner") for op, key in (("_contrib_box_nms", "in_format"),
                                                      ("_contrib_box_nms", "out_format"),
                                                      ("_contrib_box_iou", "format"),
                                                      ("_contrib_box_decode", "format"))},
}


def dtype_attr_name(dtype):
    """A dtype as MXNet's front end sends it: numpy's name, or a structured type's field name (MXNet's
    bfloat16 stand-in, ``np.dtype([('bfloat16', np.uint16)])``, is sent as 'bfloat16')."""
    try:
        return _DTYPE_NAMES[dtype]
    except (KeyError, TypeError, NotImplementedError):       # not seen yet, or unhashable (an mx.np array)
        pass
    parsed = np.dtype(dtype)
    name = parsed.names[0] if parsed.names else parsed.name
    try:
        _DTYPE_NAMES[dtype] = name
    except (TypeError, NotImplementedError):
        pass
    return name


_DTYPE_NAMES = {}       # the names of the dtypes given so far (numpy's dtype parsing is slow)


def check_enums(op_name, attrs, imperative=False):
    """Refuse a value an enumerated parameter does not accept, in MXNet's words (``imperative``: as an NDArray
    call gives them, see ``in_operator``); of several, the first its parser reads (in its map's order)."""
    refused = {}
    for key, value in attrs.items():
        accepted = ENUMS.get((op_name, key))
        if accepted is None:
            continue
        if key == "dtype" and value is not None and not isinstance(value, str):
            value = dtype_attr_name(value)
        elif value is not None and not isinstance(value, str):
            value = str(value)      # (MXNet compares the value's text: an NDArray's too)
        if value in accepted or (value == "None" and None in accepted) or (value is None and "None" in accepted):
            continue
        refused[key] = (value, accepted)
    if refused:
        key = next(k for k in map_keys(op_name, attrs, imperative) + list(refused) if k in refused)
        value, accepted = refused[key]
        valid = ", ".join("None" if v is None else repr(v) for v in accepted)
        raise MXNetError(f"Invalid Input: '{value}', valid values are: {{{valid}}}{in_operator(op_name, attrs, imperative)}")


def check_pooling_kernel(op_name, kernel, global_pool, layout=None):
    """The kernel ranks the parsers of Pooling (1 to 3, or none for a global pooling) and Pooling_v1 (1 to 3
    unless global) accept, in MXNet's words (Pooling without a layout takes the one of the kernel's rank)."""
    from .ops_conv import _flag
    rank = -1 if str(kernel).strip() == "None" else len(_shape_text(kernel))     # None: a shape of unknown rank
    if op_name == "Pooling" and rank > 3 and layout in (None, "None"):
        raise MXNetError(f"Unexpected input data dim {rank + 2}\nPooling: Input data should be  3D in (batch, "
                         "channel, x),  or 4D in (batch, channel, y, x),  or 5D in (batch, channel, d, y, x).\n")
    if not _flag(global_pool) and not 1 <= rank <= 3:
        member = "param_" if op_name == "Pooling_v1" else "param"
        raise MXNetError(f"Check failed: {member}.kernel.ndim() == 3U ({rank} vs. 3) : {rank}D pooling not supported")


def _shape_text(value):
    """A Shape attribute as a tuple (given as a tuple, an int or MXNet's text)."""
    if isinstance(value, (tuple, list)):
        return tuple(value)
    if value is None:
        return ()
    parsed = _BY_TYPE["s"](str(value))
    return () if parsed is None else parsed


def read_attrs(op_name, attrs, imperative=False):
    """``attrs`` with every value not of its parameter's type replaced by what MXNet parses from its text
    (``imperative``: given by an NDArray call, which MXNet's errors list in another order, see ``in_operator``)."""
    key = _reading_key(op_name, attrs, imperative)
    if key is None:
        return _read_attrs(op_name, attrs, imperative)
    changed = _READINGS.get(key)
    if changed is None:
        values = _read_attrs(op_name, attrs, imperative)
        changed = _READINGS[key] = _AS_GIVEN if values is attrs else tuple(
            (k, v) for k, v in values.items() if k not in attrs or v is not attrs[k])
    if changed is _AS_GIVEN:
        return attrs
    values = ReadAttrs(attrs)
    values.update(changed)
    return values


# The values read from attributes given so far (their reading is pure and the same calls recur): by operator and
# attributes with their exact types (as keys 1 == 1.0 == True)
_READINGS = {}
_KEYED_TYPES = frozenset((str, int, bool, type(None)))
_AS_GIVEN = "as given"


def _reading_key(op_name, attrs, imperative):
    """The key of ``attrs``'s reading in ``_READINGS``, or None when it is not kept."""
    if len(_READINGS) > 4096:
        return None
    types = tuple(map(type, attrs.values()))
    if not _KEYED_TYPES.issuperset(types):
        for t, v in zip(types, attrs.values()):
            if t is tuple:
                for e in v:
                    if type(e) is not int:
                        return None
            elif t is float:
                if not v or v != v:     # (-0.0 == 0.0 as keys, and a NaN is no key)
                    return None
            elif t not in _KEYED_TYPES:
                return None
    return op_name, imperative, types, *attrs.items()


def _read_attrs(op_name, attrs, imperative):
    """``read_attrs`` itself, without its keeping of readings."""
    try:
        values = _read_fields(op_name, attrs, imperative)
    except MXNetError as error:
        values = alone(error)
    if isinstance(values, MXNetError):      # refused outside the handler, as MXNet's C++ parser refuses: alone
        refuse_first_read(op_name, attrs, imperative)
        raise values
    if op_name in ("Pooling", "Pooling_v1"):        # (their parsers' own checks, after the fields')
        from .registry import OPS
        OPS[op_name]._refuse_attrs_unread(attrs, imperative)
        check_pooling_kernel(op_name, values.get("kernel", ()), values.get("global_pool", False),
                             values.get("layout"))
    return values


class ReadAttrs(dict):
    """Attributes as read, keeping those ``given`` (the text MXNet stores, which a recorded graph shows)."""
    __slots__ = ("given",)

    def __init__(self, given):
        super().__init__(given)
        self.given = given


def shown_attrs(attrs):
    """The attributes as given, of attributes read (ReadAttrs) or not."""
    return getattr(attrs, "given", attrs)


def _read_fields(op_name, attrs, imperative):
    """``attrs`` read and checked field by field (see ``read_attrs``)."""
    check_enums(op_name, attrs, imperative)
    read = None
    for key, value in attrs.items():        # an optional enum given the text "None" is read as None
        if type(value) is str and value == "None" and None in ENUMS.get((op_name, key), ()):
            read = ReadAttrs(attrs) if read is None else read
            read[key] = None
    kinds = KINDS.get(op_name)
    if kinds is None:
        return attrs if read is None else read
    for key, value in attrs.items():
        kind = kinds.get(key)
        if kind is None:
            continue
        if _plain(kind, value) and not (kind[-1] == "?" and type(value) is float and not _roomy(value)):
            if kind[0] in "fd" and type(value) is float and not _roomy(value):
                _check_range(op_name, key, kind[0], str(value), attrs, imperative)
            if kind == "f" and type(value) is float and _misread(value):     # ("f?" is read by a stream)
                if read is None:
                    read = ReadAttrs(attrs)
                read[key] = float_from_text(value)
            continue
        if read is None:
            read = ReadAttrs(attrs)
        try:
            read[key] = read_value(op_name, key, kind, value, attrs, imperative)
        except MXNetError as error:
            misread = alone(error)
        else:
            misread = None
        if misread is not None:     # (raised outside the handler, see ``alone``)
            _raise_first_misread(op_name, kinds, attrs, imperative)
            raise misread
        if kind in ("s", "S") and type(value) is int:     # a Shape given as one number: a recorded graph writes that
            from ..symbol.graph import _SpeltTuple
            read[key] = _SpeltTuple(read[key], str(value))
    values = attrs if read is None else read
    check_bounds(op_name, values, attrs, imperative)
    _check_shapes(op_name, values, attrs, imperative)
    return values


def read_field(op_name, key, value):
    """One attribute read and checked as MXNet's parser sets its field (checks across fields come after)."""
    return _read_fields(op_name, {key: value}, False)


def alone(error):
    """``error`` without the errors being handled when it was raised: MXNet's C++ parser raises one error, with
    no Python error as its context."""
    error.__context__ = None
    return error


def refusal_of(check, *args):
    """The MXNetError ``check(*args)`` raises (alone), or None: the caller then raises the refusal MXNet shows
    outside the handler, so that it does not chain to this one."""
    try:
        check(*args)
    except MXNetError as error:
        return alone(error)
    return None


def refuse_first_read(op_name, attrs, imperative=False, until=None):
    """Of several attributes MXNet's parser refuses, raise the refusal of the first it reads: it sets and checks
    each field in its map's iteration order, refusing there a name it does not declare too (``until``: only
    among those read before that key)."""
    from .param_docs import declared_names
    declared = declared_names(op_name)
    for key in map_keys(op_name, attrs, imperative):
        if key == until:
            return
        if declared is not None and key not in declared and key[:2] != "__":
            from .registry import OPS, unknown_argument
            if op_name in OPS:
                raise unknown_argument(OPS[op_name], key, attrs, imperative)
            return
        if refusal_of(_read_fields, op_name, {key: attrs[key]}, imperative) is not None:
            _refuse_alone(op_name, key, attrs, imperative)
            return


def _refuse_alone(op_name, key, attrs, imperative):
    """Raise the refusal of ``key`` (refused when read alone), naming every attribute of the call."""
    value = attrs[key]
    if refusal_of(check_enums, op_name, {key: value}) is not None:
        check_enums(op_name, attrs, imperative)
    kind = KINDS.get(op_name, {}).get(key)
    if kind is not None:
        if not _plain(kind, value) or kind[-1] == "?" and type(value) is float and not _roomy(value):
            value = read_value(op_name, key, kind, value, attrs, imperative)
        elif kind[0] in "fd" and type(value) is float and not _roomy(value):
            _check_range(op_name, key, kind[0], str(value), attrs, imperative)
    check_bounds(op_name, {key: value}, attrs, imperative)
    _check_shapes(op_name, {key: value}, attrs, imperative)


def _raise_first_misread(op_name, kinds, attrs, imperative):
    """The error of the attribute MXNet's parser reads first among those it cannot read: it reads them in its map's
    iteration order (the order its message lists them in), not as given."""
    for key in _map_order(list(attrs), imperative):
        if kinds.get(key) is not None and not _plain(kinds[key], attrs[key]):
            read_value(op_name, key, kinds[key], attrs[key], attrs, imperative)


def check_bounds(op_name, values, attrs=None, imperative=False):
    """MXNet's error for a parsed value outside the bounds its parameter declares: the bound, the parameter's
    description, then the operator with ``attrs`` (as given); the first in the order the parser reads them."""
    refused = {}
    for key, (low, high) in _BOUNDS.get(op_name, {}).items():
        problem = _bound_problem(KINDS[op_name][key], values.get(key), low, high)
        if problem is not None:
            refused[key] = problem
    if not refused:
        return
    given = attrs or values
    order = [k for k in map_keys(op_name, given, imperative) if k in refused] + [k for k in refused if k not in given]
    if not order:
        return
    key, value = order[0], values[order[0]]
    shown = f"{float(value):g}" if KINDS[op_name][key][0] in "fd" else value    # a C++ stream's float
    meaning = _MEANINGS.get((op_name, key))
    described = "" if meaning is None else f"\n{key}: {meaning}{in_operator(op_name, attrs or values, imperative)}"
    raise MXNetError(f"value {shown} for Parameter {key} {refused[key]}{described}")


def _bound_problem(kind, value, low, high):
    """What is wrong with a parsed ``value`` of a field of ``kind`` bounded by [low, high] (high None: no upper
    bound), or None."""
    if value is None:
        return None
    if kind == "I" and value < 0:      # an unsigned field: a negative number wraps around
        value += 1 << 32
    if high is None and value < low:
        return f"should be greater equal to {low}"
    if high is not None and (value < low or value > high):     # (a NaN passes, as in MXNet)
        return f"exceed bound [{low},{high}]"
    return None


def _check_shapes(op_name, values, attrs, imperative):
    """MXNet's error for a parsed Shape of another number of dimensions than its parameter declares, or with a
    zero entry where it must have none (naming ``attrs``, the attributes as given)."""
    declared = _SHAPES.get(op_name, {})
    problems = {}
    for key, (ndim, nonzero) in declared.items():
        shape = values.get(key)
        if shape is None and not (key in attrs and ndim is not None):
            continue
        if shape is None or (ndim is not None and len(shape) != ndim):
            problems[key] = f"has wrong dimensions, expected dimension={ndim}"
        elif nonzero and 0 in shape:
            problems[key] = "is invalid, the input shape must be nonzero in all dimensions"
    if not problems:
        return
    key = next(k for k in [k for k in map_keys(op_name, attrs, imperative) if k in problems] + list(problems))
    shape = values.get(key)
    # (dmlc writes a Shape so, an unknown one, given as None, as "None", and no space before "for")
    shown = "None" if shape is None else f"[{','.join(map(str, shape))}]"
    raise MXNetError(f"value {shown}for Parameter {key} {problems[key]}{in_operator(op_name, attrs, imperative)}")


class StatedCount(int):
    """num_args as an NDArray call's operator states it when not given, the count of its inputs: MXNet adds it to
    the attribute map after reserving the map for the given attributes."""


def _map_order(keys, imperative, counted=False):
    """The order MXNet's attribute map holds ``keys`` (inserted in this order) in: an NDArray call reserves the
    map for one more entry than it passes, a symbol's starts with the default buckets. ``counted``: the last
    key, num_args, was added by the operator's input count after the map was reserved."""
    from ..symbol.attr_order import iteration_order, reserved_buckets
    if not imperative:
        return iteration_order(keys)
    return iteration_order(keys, reserved_buckets(len(keys) + 1 - counted))


def _call_order(op, keys):
    """The order an NDArray function of fixed inputs hands ``keys`` to the operator: the keywords it does not
    declare as given, then its declared parameters in declared order, a declared dtype last (a function of
    variadic inputs passes them all as given)."""
    from ..symbol.symbol import _DECLARED       # (where MXNet's declared parameters differ from ours)
    params = inspect.signature(op.fwd).parameters
    if any(p.kind is p.VAR_POSITIONAL for p in params.values()):
        return keys
    names = _DECLARED.get(op.name, params)
    declared = [k for k in names if k != "dtype" and k not in op.arg_names] + ["dtype"] * ("dtype" in names)
    return [k for k in keys if k not in declared] + [k for k in declared if k in keys]


def in_operator(op_name, attrs, imperative=False):
    """The end of MXNet's parameter error: the operator and the attributes it was given, as text (nothing for
    an operator whose parser does not name it, or of no operator: ``op_name`` None, an iterator's parameter);
    ``imperative``: given by an NDArray call."""
    if op_name is None or op_name in UNNAMED_PARSERS:
        return ""
    from ..symbol.graph import attr_to_str
    from ..symbol.symbol import _MXNET_OP_NAME
    given = "".join(f', {k}="{attr_to_str(attrs[k])}"' for k in map_keys(op_name, attrs, imperative))
    return f', in operator {_MXNET_OP_NAME.get(op_name, op_name)}(name=""{given})'


def map_keys(op_name, attrs, imperative=False):
    """The attributes (not inputs) of ``attrs`` in the order MXNet's attribute map holds them: the order its
    parser reads and checks them in and its errors list them in."""
    from .registry import OPS
    op = OPS.get(op_name)
    inputs = set(op.arg_names) if op is not None else ()     # arrays given by keyword are inputs, not attributes
    if imperative and op is not None:       # (but for an NDArray call an unlisted input is an attribute)
        inputs -= set(op.unlisted_inputs)
    keys = [k for k in attrs if k not in inputs or isinstance(attrs[k], str)]     # (a user's attribute "data")
    if op is not None:      # (a symbol's function hands them over in the same order)
        keys = _call_order(op, keys)
    counted = keys[-1:] == ["num_args"] and type(attrs["num_args"]) is StatedCount
    return _map_order(keys, imperative, counted)


def _plain(kind, value):
    t = type(value)
    if t is int:        # (a float parser reads integer digits into 64 bits: larger ones wrap)
        return kind[0] in "fd" and -2 ** 64 < value < 2 ** 64 or kind == "s?" or (
            kind[0] in _INT_LIMITS and -_INT_LIMITS[kind[0]] - 1 <= value <= _INT_LIMITS[kind[0]])
    if t is float:
        return kind[0] in "fd" and (kind[-1] != "?" or math.isfinite(value))
    if t is bool:
        return kind[0] == "b"
    if value is None:
        return kind[-1] == "?" or kind[0] in "sS"    # MXNet reads a Shape of "None" as an unknown one
    if t is tuple or t is list:
        if kind[0] == "s":
            return all(type(v) is int and _INT32_MIN <= v <= _INT32_MAX for v in value)
        if kind[0] == "S":
            return all(v is None or type(v) is int and _INT32_MIN <= v <= _INT32_MAX for v in value)
        # (a float the stream may refuse, infinite, nan or out of range, goes to the parser)
        return kind[0] in "FD" and all(type(v) is int or type(v) is float and abs(v) < 1e38 for v in value)
    return False


def _text(value):
    """The text MXNet's front end makes of an attribute value."""
    if type(value) is tuple or type(value) is list:
        from ..symbol.graph import attr_to_str
        return attr_to_str(value)
    return str(value)


def read_value(op_name, key, kind, value, attrs=None, imperative=False):
    """``value`` of parameter ``key`` (of type ``kind``, a KINDS code) as MXNet parses its text, or its error
    (naming ``attrs``, the operator's given attributes, or else ``key`` alone)."""
    text = _text(value)
    # (an unknown tuple of numbers passes a symbol's creation; an NDArray call's kernel reads it as garbage)
    unknown = kind[-1] == "?" or kind[0] in "sS" or kind[0] in "FD" and (op_name in _UNKNOWN_TUPLES_CHECKED
                                                                         or not imperative)
    if unknown and text.strip() == "None":
        return None
    base = kind[0]
    if kind in ("f", "d"):      # dmlc's own number parser: it reads a prefix, then refuses what it left
        text, rest = number_prefix(text)
        if text and rest:
            raise MXNetError(f"Some trailing characters could not be parsed: '{rest}'"
                             f"{in_operator(op_name, attrs or {key: text + rest}, imperative)}")
        text = text or rest
    parsed = _BY_TYPE[base](text.strip() if kind == "b?" else text)     # (an optional one is read by a stream)
    if kind == "f?" and parsed is not None:
        parsed = _stream_float(text)
    if kind[-1] == "?" and base in "fd" and parsed is not None and not math.isfinite(parsed):
        parsed = None           # MXNet reads an optional number with a C++ stream, which knows no inf or nan
    if parsed is None:
        label = ("Shape" if base == "s" else _LABELS[base]) + " or None" if kind[-1] == "?" else _LABELS[base]
        raise MXNetError(f"Invalid Parameter format for {key} expect {label} but value='{text}'"
                         f"{in_operator(op_name, attrs or {key: text}, imperative)}")
    if base in "fd" and kind[-1] != "?":    # (optional numbers and tuples of floats are read by a stream, which
        _check_range(op_name, key, base, text, attrs, imperative)  # refuses only what overflows, above)
    return parsed


# What dmlc's number parser reads: blanks, a sign, then inf/infinity (not a longer prefix of it) or nan(...), or
# digits, a fraction and an exponent (each possibly empty) and an 'f' suffix.
_DMLC_NUMBER = re.compile(r"\s*([+-]?)(?:((?i:infinity|inf(?!i)|nan(?:\([^)]*\))?))|(\d*)(\.\d*)?(?:[eE]([+-]?\d*))?[fF]?)")


def number_prefix(text):
    """``text`` split where dmlc's number parser stops reading it: (the number read, as plain number text, or ''
    when nothing was read; the rest)."""
    m = _DMLC_NUMBER.match(text)
    if not m.end():
        return "", text
    sign, special, whole, fraction, exponent = m.groups()
    if special:
        number = sign + special.split("(")[0]
    else:
        number = sign + (whole or "0") + (fraction if fraction and len(fraction) > 1 else "")
        number += f"e{exponent}" if exponent and exponent[-1].isdigit() else ""
    return number, text[m.end():]


def _stream_float(text):
    """The float a C++ stream reads from ``text``: correctly rounded, infinite when it overflows."""
    with np.errstate(over="ignore"):
        return float(np.float32(float(text)))


def float_from_text(value):
    """The float32 (as a Python float) MXNet's float attribute parser reads from the text of float ``value``."""
    if math.isnan(value):
        return math.nan     # a NaN's text is 'nan' whatever its sign, read as the positive NaN
    rounded = float(np.float32(value))
    return _float(str(value)) if rounded != value and _misread(value) else rounded


def _misread(value):
    """Whether MXNet's float parser may read the text of ``value`` other than as its correctly rounded float32: it
    adds the fraction to the whole part (or scales by the exponent) in float32 steps, so a value of 1 or more
    with a fraction, or one written with an exponent (below 1e-4), can land an ulp away."""
    size = abs(value)
    return not 1e-4 <= size < 1 and size != 0 and math.isfinite(value) and not (size < 2 ** 24 and value.is_integer())


def _roomy(value):
    """Whether a float's text is read without MXNet's range check coming into play."""
    return 1e-30 < abs(value) < 1e30 or value == 0 or value != value or abs(value) == float("inf")


def _check_range(op_name, key, base, text, attrs=None, imperative=False):
    """MXNet's error for a number in ``text`` its float (or double) parser reads as out of range (naming
    ``attrs``, the operator's given attributes, or else ``key`` alone)."""
    if _out_of_range(base, text):
        named = in_operator(op_name, attrs, imperative) if attrs else \
            f', in operator {op_name}(name="", {key}="{text}")'
        raise MXNetError(f"Out of range value for {key}, value='{text}'{named}")


def _out_of_range(base, text):
    """Whether dmlc's float (or double) parser reads a number in ``text`` as out of range: an exponent beyond the
    type's, or at its limit with a significand past the largest (smallest normal) value."""
    limit, largest, smallest = _EXPONENT_LIMITS[base]
    for m in _WITH_EXPONENT.finditer(text):
        significand, negative, exponent = m.group(1), m.group(2) == "-", int(m.group(3))
        if exponent == limit and significand not in ("", "."):
            value, bound = _significand(base, significand, smallest if negative else largest)
            inside = value >= bound if negative else value <= bound
        else:
            inside = exponent < limit
        if not inside:
            return True
    return False


def legacy_scalar(value):
    """The float32 (as a Python float) a legacy operator reads from the text of its scalar ``value`` with dmlc's
    stof: the number it starts with, the rest ignored; its errors carry no source line."""
    text, _ = number_prefix(str(value))
    if not text:
        raise located(MXNetError("No conversion could be performed"), ("", 0))
    if _out_of_range("f", text):
        raise located(MXNetError("Out of range value"), ("", 0))
    return _float(text)


def _significand(base, text, bound):
    """The significand as the parser reads it, and the bound in the parser's type."""
    if base == "f":
        return _float(text), float(np.float32(bound))
    return float(text), bound


def _int(text):
    return int(text) if _INT.match(text) else None


def _int_within(kind):
    """The parser of an integer parameter type: the integer, or None when its C type cannot hold it."""
    highest = _INT_LIMITS[kind]
    lowest = -highest - 1 if kind in "il" else None

    def parse(text):
        value = _int(text)
        if value is None or value > highest or (lowest is not None and value < lowest):
            return None
        return value
    return parse


def _float(text):
    if not _REAL.match(text):
        return None
    from ..io.text_float import parse_float32
    return float(parse_float32(text))


def _double(text):
    if not _REAL.match(text):
        return None
    from ..io.text_float import double_attr
    return double_attr(text) if text.strip()[-1:].isdigit() else float(text)


def _int_or_none(text):
    return _NONE if text.strip() == "None" else _BY_TYPE["i"](text)


def _bool(text):
    word = text.lower()      # (no blanks allowed around it)
    return True if word in _TRUE else False if word in _FALSE else None


def _tuple(item):
    def parse(text):
        body = text.strip()
        if body[:1] + body[-1:] in ("()", "[]"):
            body = body[1:-1]
        elif not body or "," in body:
            return None             # bare text is one number
        parts = body.split(",")
        if parts and not parts[-1].strip():
            parts.pop()                  # "(2,)"
        values = [item(p) for p in parts]
        return None if any(v is None for v in values) else tuple(v if v is not _NONE else None for v in values)
    return parse


def _streamed(parse):
    """An item of a tuple of numbers, which MXNet reads with a C++ stream: no inf or nan, nothing that overflows."""
    def read(text):
        value = parse(text)
        if value is not None and parse is _float:
            value = _stream_float(text)
        return value if value is not None and math.isfinite(value) else None
    return read


_BY_TYPE = {"i": _int_within("i"), "I": _int_within("I"), "l": _int_within("l"), "L": _int_within("L"),
            "f": _float, "d": _double, "b": _bool, "s": _tuple(_int_within("i")), "S": _tuple(_int_or_none),
            "F": _tuple(_streamed(_float)), "D": _tuple(_streamed(_double))}
