#include "textflag.h"

TEXT ·count(SB), NOSPLIT, $0-8
	MOVQ $1, ret+0(FP)
	RET

TEXT ·fetch(SB), NOSPLIT, $0-32
	MOVQ $0, ret_itable+16(FP)
	MOVQ $0, ret_data+24(FP)
	RET
