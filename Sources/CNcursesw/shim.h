#ifndef PRESSROOM_CNCURSESW_SHIM_H
#define PRESSROOM_CNCURSESW_SHIM_H
// The wide-character half of ncurses is only declared with _XOPEN_SOURCE_EXTENDED.
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>
#include <stdio.h>
#endif
