<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>click</source>
        <translation>clic</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>First / last slide</source>
        <translation>Primera / última diapositiva</translation>
    </message>
    <message>
        <source>Number, then Enter</source>
        <translation>Número y luego Intro</translation>
    </message>
    <message>
        <source>Replay this step</source>
        <translation>Repetir este paso</translation>
    </message>
    <message>
        <source>Black screen (press again to return)</source>
        <translation>Pantalla negra (pulse de nuevo para volver)</translation>
    </message>
    <message>
        <source>White screen (press again to return)</source>
        <translation>Pantalla blanca (pulse de nuevo para volver)</translation>
    </message>
    <message>
        <source>Captions on the audience screen: normal, large, off</source>
        <translation>Subtítulos en la pantalla del paciente: normales, grandes, no</translation>
    </message>
    <message>
        <source>Slower / faster (0.5× to 1.5×)</source>
        <translation>Más lento / más rápido (de 0,5× a 1,5×)</translation>
    </message>
    <message>
        <source>Show or hide the presenter view</source>
        <translation>Mostrar u ocultar la vista del presentador</translation>
    </message>
    <message>
        <source>Swap screens (with two screens)</source>
        <translation>Intercambiar pantallas (con dos pantallas)</translation>
    </message>
    <message>
        <source>Glossary for the patient (→ and ← turn its pages)</source>
        <translation>Glosario para el paciente (→ y ← pasan sus páginas)</translation>
    </message>
    <message>
        <source>Full screen / leave full screen</source>
        <translation>Pantalla completa / salir de pantalla completa</translation>
    </message>
    <message>
        <source>This help (any key closes it)</source>
        <translation>Esta ayuda (cualquier tecla la cierra)</translation>
    </message>
    <message>
        <source>End the presentation (asks first)</source>
        <translation>Terminar la presentación (pregunta antes)</translation>
    </message>
    <message>
        <source>Move the mouse over the picture</source>
        <translation>Mover el ratón sobre la imagen</translation>
    </message>
    <message>
        <source>Pointer on both screens</source>
        <translation>Puntero en las dos pantallas</translation>
    </message>
    <message>
        <source>Drag on the picture</source>
        <translation>Arrastrar sobre la imagen</translation>
    </message>
    <message>
        <source>Draw (marks clear when the step changes)</source>
        <translation>Dibujar (las marcas se borran al cambiar de paso)</translation>
    </message>
    <message>
        <source>Erase this step&apos;s marks</source>
        <translation>Borrar las marcas de este paso</translation>
    </message>
    <message>
        <source>Go to that slide (2.3 then Enter: slide 2, step 3)</source>
        <translation>Ir a esa diapositiva (2.3 y Intro: diapositiva 2, paso 3)</translation>
    </message>
    <message>
        <source>Every slide and step, to jump to one (arrows, Enter)</source>
        <translation>Todas las diapositivas y pasos, para saltar a uno (flechas, Intro)</translation>
    </message>
    <message>
        <source>Pause / play the animation</source>
        <translation>Pausar / seguir la animación</translation>
    </message>
    <message>
        <source>Back / forward about a second</source>
        <translation>Atrás / adelante un segundo</translation>
    </message>
    <message>
        <source>Back / forward one frame</source>
        <translation>Atrás / adelante un fotograma</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>Deshacer la última marca</translation>
    </message>
    <message>
        <source>Next pen colour</source>
        <translation>Siguiente color del lápiz</translation>
    </message>
    <message>
        <source>Wheel, or right-drag a rectangle</source>
        <translation>Rueda, o arrastrar un rectángulo con el botón derecho</translation>
    </message>
    <message>
        <source>Zoom in (presenter view)</source>
        <translation>Ampliar (vista del presentador)</translation>
    </message>
    <message>
        <source>Zoom back out</source>
        <translation>Quitar la ampliación</translation>
    </message>
    <message>
        <source>Prepare it again</source>
        <translation>Prepararla de nuevo</translation>
    </message>
    <message>
        <source>Slide {slide} of {slides}</source>
        <translation>Diapositiva {slide} de {slides}</translation>
    </message>
    <message>
        <source>This animation can&apos;t be shown right now.</source>
        <translation>Esta animación no se puede mostrar ahora.</translation>
    </message>
    <message>
        <source>Preparing the animation…</source>
        <translation>Preparando la animación…</translation>
    </message>
    <message>
        <source>it starts by itself when it is ready</source>
        <translation>empieza sola cuando esté lista</translation>
    </message>
    <message>
        <source>waiting for its turn to be prepared</source>
        <translation>esperando su turno para prepararse</translation>
    </message>
    <message>
        <source>it cannot be decoded</source>
        <translation>no se puede descodificar</translation>
    </message>
    <message>
        <source>Its video file is missing. Press R to prepare it again.</source>
        <translation>Falta su archivo de video. Pulse R para prepararlo de nuevo.</translation>
    </message>
    <message>
        <source>Slide {slide}: {file} is missing.</source>
        <translation>Diapositiva {slide}: falta {file}.</translation>
    </message>
    <message>
        <source>The video is damaged ({why}). Press R to prepare it again.</source>
        <translation>El video está dañado ({why}). Pulse R para prepararlo de nuevo.</translation>
    </message>
    <message>
        <source>Slide {slide}: {file} could not be played: {why}.</source>
        <translation>Diapositiva {slide}: no se pudo reproducir {file}: {why}.</translation>
    </message>
    <message>
        <source>It is not prepared, and this computer cannot prepare it: the render folder is read-only.</source>
        <translation>No está preparada y esta computadora no puede prepararla: la carpeta de animaciones es de solo lectura.</translation>
    </message>
    <message>
        <source>The render folder is read-only: slides {slides} cannot be prepared here.</source>
        <translation>La carpeta de animaciones es de solo lectura: las diapositivas {slides} no se pueden preparar aquí.</translation>
    </message>
    <message>
        <source>Slide {slide}: the animation could not be prepared ({error}).</source>
        <translation>Diapositiva {slide}: no se pudo preparar la animación ({error}).</translation>
    </message>
    <message>
        <source>It could not be prepared: {error}. Press R to try again.</source>
        <translation>No se pudo preparar: {error}. Pulse R para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Presenter view — {title}</source>
        <translation>Vista del presentador — {title}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Notes and references</source>
        <translation>Notas y referencias</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Slide {slide} of {slides} · Step {step} of {steps}</source>
        <translation>Diapositiva {slide} de {slides} · Paso {step} de {steps}</translation>
    </message>
    <message>
        <source>The audience sees the end card. ← goes back.</source>
        <translation>El paciente ve la tarjeta final. ← vuelve atrás.</translation>
    </message>
    <message>
        <source>End card · after slide {slides}</source>
        <translation>Tarjeta final · después de la diapositiva {slides}</translation>
    </message>
    <message>
        <source>End of the deck</source>
        <translation>Fin de la presentación</translation>
    </message>
    <message>
        <source>The end card</source>
        <translation>La tarjeta final</translation>
    </message>
    <message>
        <source>Next: the end card ({title}).</source>
        <translation>Después: la tarjeta final ({title}).</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Todavía no está lista</translation>
    </message>
    <message>
        <source> (and {count} more)</source>
        <translation> (y {count} más)</translation>
    </message>
    <message>
        <source>Your edit can&apos;t be used yet{more}. The patient still sees the last good version.</source>
        <translation>Su cambio todavía no se puede usar{more}. El paciente sigue viendo la última versión correcta.</translation>
    </message>
    <message>
        <source>Audience sees the animation</source>
        <translation>El paciente ve la animación</translation>
    </message>
    <message>
        <source>Audience screen is BLACK (press B)</source>
        <translation>La pantalla del paciente está en NEGRO (pulse B)</translation>
    </message>
    <message>
        <source>Audience screen is WHITE (press W)</source>
        <translation>La pantalla del paciente está en BLANCO (pulse W)</translation>
    </message>
    <message>
        <source>Audience sees the glossary, page {page} of {pages} (any key closes it)</source>
        <translation>El paciente ve el glosario, página {page} de {pages} (cualquier tecla lo cierra)</translation>
    </message>
    <message>
        <source>captions on</source>
        <translation>subtítulos activados</translation>
    </message>
    <message>
        <source>captions off</source>
        <translation>subtítulos desactivados</translation>
    </message>
    <message>
        <source>speed {speed}×</source>
        <translation>velocidad {speed}×</translation>
    </message>
    <message>
        <source>sharp (hd)</source>
        <translation>nítida (hd)</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>vista previa</translation>
    </message>
    <message>
        <source>preparing slide {slide} · {quality}…</source>
        <translation>preparando la diapositiva {slide} · {quality}…</translation>
    </message>
    <message>
        <source>{count} renders waiting</source>
        <translation>{count} animaciones en espera</translation>
    </message>
    <message>
        <source>1 render waiting</source>
        <translation>1 animación en espera</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>amarillo</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>azul cielo</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <source>mint</source>
        <translation>menta</translation>
    </message>
    <message>
        <source>pen {colour}</source>
        <translation>lápiz {colour}</translation>
    </message>
    <message>
        <source>zoom {factor}× (Z zooms out)</source>
        <translation>ampliación {factor}× (Z la quita)</translation>
    </message>
    <message>
        <source>the deck&apos;s {field}</source>
        <translation>el campo {field} de la presentación</translation>
    </message>
    <message>
        <source>Slide {number} ({title})</source>
        <translation>Diapositiva {number} ({title})</translation>
    </message>
    <message>
        <source>Slide {number}</source>
        <translation>Diapositiva {number}</translation>
    </message>
    <message>
        <source>step {number}</source>
        <translation>paso {number}</translation>
    </message>
    <message>
        <source>line {line} cannot be read. Check that it is indented like the lines around it, and put text containing &apos;:&apos; or &apos;#&apos; in quotes.</source>
        <translation>la línea {line} no se puede leer. Revise que tenga la misma sangría que las líneas vecinas y ponga entre comillas el texto que contenga &apos;:&apos; o &apos;#&apos;.</translation>
    </message>
    <message>
        <source>should be a whole number from {low} to {high}, not {value}</source>
        <translation>debe ser un número entero de {low} a {high}, no {value}</translation>
    </message>
    <message>
        <source>Only one screen is connected.</source>
        <translation>Solo hay una pantalla conectada.</translation>
    </message>
    <message>
        <source>Go to slide {slide}, step {step}…  (Enter)</source>
        <translation>Ir a la diapositiva {slide}, paso {step}…  (Intro)</translation>
    </message>
    <message>
        <source>Go to slide {number}…  (Enter)</source>
        <translation>Ir a la diapositiva {number}…  (Intro)</translation>
    </message>
    <message>
        <source>There is no slide {number}: this deck has {count}.</source>
        <translation>No hay diapositiva {number}: esta presentación tiene {count}.</translation>
    </message>
    <message>
        <source>Slide {slide} has {count} steps: there is no step {step}.</source>
        <translation>La diapositiva {slide} tiene {count} pasos: no hay paso {step}.</translation>
    </message>
    <message>
        <source>Captions on</source>
        <translation>Subtítulos activados</translation>
    </message>
    <message>
        <source>Captions off</source>
        <translation>Subtítulos desactivados</translation>
    </message>
    <message>
        <source>Large captions</source>
        <translation>Subtítulos grandes</translation>
    </message>
    <message>
        <source>Speed {speed}×</source>
        <translation>Velocidad {speed}×</translation>
    </message>
    <message>
        <source>End the presentation?</source>
        <translation>¿Terminar la presentación?</translation>
    </message>
    <message>
        <source>The patient&apos;s screen closes. You can present again from the start.</source>
        <translation>La pantalla del paciente se cierra. Puede volver a presentar desde el inicio.</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation>Seguir presentando</translation>
    </message>
    <message>
        <source>The clinic details could not be saved</source>
        <translation>No se pudieron guardar los datos de la clínica</translation>
    </message>
    <message>
        <source>The settings folder cannot be written, so the decks keep their numbers. Check the disk.</source>
        <translation>No se puede escribir en la carpeta de ajustes, así que los mazos conservan sus números. Revise el disco.</translation>
    </message>
    <message>
        <source>What would you like to show?</source>
        <translation>¿Qué quiere mostrar?</translation>
    </message>
    <message>
        <source>Choose a deck and its language. Untick the slides this patient does not need, then press Present.</source>
        <translation>Elija una presentación y su idioma. Desmarque las diapositivas que este paciente no necesita y pulse Presentar.</translation>
    </message>
    <message>
        <source>No decks found. Deck files (.yaml) go in assets/decks; docs/decks.md shows how to write one.</source>
        <translation>No se encontraron presentaciones. Los archivos (.yaml) van en assets/decks; docs/decks.md explica cómo escribir uno.</translation>
    </message>
    <message>
        <source>Clinic details…</source>
        <translation>Datos de la clínica…</translation>
    </message>
    <message>
        <source>Remove this pack from the library</source>
        <translation>Quitar este paquete de la biblioteca</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>View and copy</source>
        <translation>Ver y copiar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Fix the deck to present it</source>
        <translation>Corrija la presentación para mostrarla</translation>
    </message>
    <message>
        <source>Tick at least one slide</source>
        <translation>Marque al menos una diapositiva</translation>
    </message>
    <message>
        <source>Present {chosen} of {count} slides</source>
        <translation>Presentar {chosen} de {count} diapositivas</translation>
    </message>
    <message>
        <source>From a pack: {file}</source>
        <translation>De un paquete: {file}</translation>
    </message>
    <message>
        <source>Built-in deck</source>
        <translation>Presentación incluida</translation>
    </message>
    <message>
        <source>Your clinic&apos;s deck</source>
        <translation>Presentación de su clínica</translation>
    </message>
    <message>
        <source>{origin} · {slides} slides · {steps} steps</source>
        <translation>{origin} · {slides} diapositivas · {steps} pasos</translation>
    </message>
    <message>
        <source>Every problem, with what to do: {command}</source>
        <translation>Todos los problemas, con qué hacer: {command}</translation>
    </message>
    <message>
        <source>The animation is prepared when you present</source>
        <translation>La animación se prepara cuando presente</translation>
    </message>
    <message>
        <source>{count} steps</source>
        <translation>{count} pasos</translation>
    </message>
    <message>
        <source>1 step</source>
        <translation>1 paso</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Line {line}, {field}: {message} {hint}</source>
        <translation>Línea {line}, {field}: {message} {hint}</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>Fix this in {path}, then open it again:</source>
        <translation>Corrija esto en {path} y vuelva a abrirla:</translation>
    </message>
    <message>
        <source>Fix these in {path}, then open it again:</source>
        <translation>Corrija esto en {path} y vuelva a abrirla:</translation>
    </message>
    <message>
        <source>{name} cannot be shown yet</source>
        <translation>{name} todavía no se puede mostrar</translation>
    </message>
    <message>
        <source>The presenter cannot start on this computer yet.</source>
        <translation>El presentador todavía no puede iniciarse en esta computadora.</translation>
    </message>
    <message>
        <source>This deck can&apos;t be opened</source>
        <translation>Esta presentación no se puede abrir</translation>
    </message>
    <message>
        <source>The new picture could not be made.</source>
        <translation>No se pudo crear la imagen nueva.</translation>
    </message>
    <message>
        <source>Make my copy</source>
        <translation>Crear mi copia</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation>Versiones anteriores</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Clinic details</source>
        <translation>Datos de la clínica</translation>
    </message>
    <message>
        <source>The decks say these where their words or pictures name the clinic or its numbers, unless a deck sets its own. A box left empty uses the one on its left; without any, the numbers are the US ones, 911 and 988. A slide that shows a number is made again when the number changes.</source>
        <translation>Los mazos usan estos datos donde sus textos o imágenes nombran la clínica o sus números, salvo que un mazo tenga los suyos. Una casilla vacía usa la de su izquierda; si no hay ninguna, los números son los de EE. UU., 911 y 988. Una diapositiva que muestra un número se vuelve a preparar cuando el número cambia.</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>{field} ({language}): a phone number has only digits, spaces and + - ( ).</source>
        <translation>{field} ({language}): un número de teléfono solo lleva dígitos, espacios y + - ( ).</translation>
    </message>
    <message>
        <source>{field} ({language}): at most {count} characters, so that it fits on a slide.</source>
        <translation>{field} ({language}): como máximo {count} caracteres, para que quepa en una diapositiva.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down move the slide</source>
        <translation>Alt+Flecha arriba / Alt+Flecha abajo mueven la diapositiva</translation>
    </message>
    <message>
        <source>A new slide from a scene</source>
        <translation>Una diapositiva nueva a partir de una escena</translation>
    </message>
    <message>
        <source>A slide from another deck</source>
        <translation>Una diapositiva de otra presentación</translation>
    </message>
    <message>
        <source>The whole deck</source>
        <translation>Toda la presentación</translation>
    </message>
    <message>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <source>Remove this slide?</source>
        <translation>¿Quitar esta diapositiva?</translation>
    </message>
    <message>
        <source>“{title}” will be removed from the deck. Undo (Ctrl+Z) brings it back.</source>
        <translation>“{title}” se quitará de la presentación. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>(what to say)</source>
        <translation>(lo que va a decir)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Language code (en, es)</source>
        <translation>Código de idioma (en, es)</translation>
    </message>
    <message>
        <source>Reading level: highest school grade</source>
        <translation>Nivel de lectura: grado escolar más alto</translation>
    </message>
    <message>
        <source>End card (the waiting-room video&apos;s last words)</source>
        <translation>Tarjeta final (las últimas palabras del video de la sala de espera)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Slide {number}: scene {scene}</source>
        <translation>Diapositiva {number}: escena {scene}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Notes (for you only, never on the patient&apos;s screen)</source>
        <translation>Notas (solo para usted, nunca en la pantalla del paciente)</translation>
    </message>
    <message>
        <source>The picture (a change makes a new picture)</source>
        <translation>La imagen (cada cambio crea una imagen nueva)</translation>
    </message>
    <message>
        <source>Word: {name}</source>
        <translation>Palabra: {name}</translation>
    </message>
    <message>
        <source>Step {number}: {id}</source>
        <translation>Paso {number}: {id}</translation>
    </message>
    <message>
        <source>Narration (what you say)</source>
        <translation>Narración (lo que usted dice)</translation>
    </message>
    <message>
        <source>Caption (short, on screen)</source>
        <translation>Subtítulo (corto, en pantalla)</translation>
    </message>
    <message>
        <source>Hold (seconds, for video exports)</source>
        <translation>Pausa (segundos, para los videos exportados)</translation>
    </message>
    <message>
        <source>{title} — editing</source>
        <translation>{title} — en edición</translation>
    </message>
    <message>
        <source>A built-in deck: read-only. “Make my copy” to change it.</source>
        <translation>Una presentación incluida: solo lectura. Para cambiarla, use “Crear mi copia”.</translation>
    </message>
    <message>
        <source>{n} problems to fix before it can be presented: saving keeps a draft, the presenter shows the last good version.</source>
        <translation>{n} problemas por corregir antes de poder presentarla: al guardar se conserva un borrador y el presentador muestra la última versión correcta.</translation>
    </message>
    <message>
        <source>1 problem to fix before it can be presented: saving keeps a draft, the presenter shows the last good version.</source>
        <translation>1 problema por corregir antes de poder presentarla: al guardar se conserva un borrador y el presentador muestra la última versión correcta.</translation>
    </message>
    <message>
        <source>Unsaved changes. {n} warnings.</source>
        <translation>Cambios sin guardar. {n} advertencias.</translation>
    </message>
    <message>
        <source>Unsaved changes. 1 warning.</source>
        <translation>Cambios sin guardar. 1 advertencia.</translation>
    </message>
    <message>
        <source>Saved. {n} warnings.</source>
        <translation>Guardado. {n} advertencias.</translation>
    </message>
    <message>
        <source>Saved. 1 warning.</source>
        <translation>Guardado. 1 advertencia.</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <source>Write a number of seconds from {low} to {high}, or leave it empty.</source>
        <translation>Escriba un número de segundos de {low} a {high}, o déjelo vacío.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>{name} (default {default})</source>
        <translation>{name} (predeterminado: {default})</translation>
    </message>
    <message>
        <source>Reading grade: —</source>
        <translation>Grado de lectura: —</translation>
    </message>
    <message>
        <source>Reading grade {grade} (target {target} or lower)</source>
        <translation>Grado de lectura {grade} (meta: {target} o menos)</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>Todavía no hay imagen</translation>
    </message>
    <message>
        <source>Making the new picture…</source>
        <translation>Creando la imagen nueva…</translation>
    </message>
    <message>
        <source>A built-in deck</source>
        <translation>Una presentación incluida</translation>
    </message>
    <message>
        <source>Built-in decks can&apos;t be changed. Make your own copy in your decks folder and save your edits there?</source>
        <translation>Las presentaciones incluidas no se pueden cambiar. ¿Quiere crear su propia copia en su carpeta de presentaciones y guardar ahí sus cambios?</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>New language edition</source>
        <translation>Nueva versión en otro idioma</translation>
    </message>
    <message>
        <source>Make the edition</source>
        <translation>Crear la versión</translation>
    </message>
    <message>
        <source>A copy of this deck with the same slides, pictures and references, every text marked “[translate]” until it is translated. Which language?</source>
        <translation>Una copia de esta presentación con las mismas diapositivas, imágenes y referencias; cada texto queda marcado con “[translate]” hasta que se traduzca. ¿En qué idioma?</translation>
    </message>
    <message>
        <source>New deck from slides</source>
        <translation>Nueva presentación con diapositivas existentes</translation>
    </message>
    <message>
        <source>Make the deck</source>
        <translation>Crear la presentación</translation>
    </message>
    <message>
        <source>The new deck&apos;s title</source>
        <translation>El título de la nueva presentación</translation>
    </message>
    <message>
        <source>Tick the slides it shows; Up and Down set their order.</source>
        <translation>Marque las diapositivas que mostrará; Subir y Bajar cambian su orden.</translation>
    </message>
    <message>
        <source>{deck}: {title}</source>
        <translation>{deck}: {title}</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Your decks folder</source>
        <translation>Su carpeta de presentaciones</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
    <message>
        <source>Your clinic&apos;s decks are in:
{folder}</source>
        <translation>Las presentaciones de su clínica están en:
{folder}</translation>
    </message>
    <message>
        <source>PRESENTER_DECKS is set, so this folder is used whatever is chosen here; a folder chosen here is used once it is no longer set.</source>
        <translation>PRESENTER_DECKS está definida, así que se usa esta carpeta aunque elija otra aquí; la carpeta que elija aquí se usará cuando ya no esté definida.</translation>
    </message>
    <message>
        <source>Built-in decks stay inside the app; only your own decks live here. Choosing another folder does not move the decks already here.</source>
        <translation>Las presentaciones incluidas quedan dentro de la aplicación; aquí solo están las suyas. Elegir otra carpeta no mueve las presentaciones que ya están aquí.</translation>
    </message>
    <message>
        <source>Choose your decks folder</source>
        <translation>Elija su carpeta de presentaciones</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>The settings could not be saved, so the decks folder stays where it is.</source>
        <translation>No se pudo guardar la configuración, así que la carpeta de presentaciones sigue donde estaba.</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Presentaciones</translation>
    </message>
    <message>
        <source>New language edition…</source>
        <translation>Nueva versión en otro idioma…</translation>
    </message>
    <message>
        <source>New deck from slides…</source>
        <translation>Nueva presentación con diapositivas existentes…</translation>
    </message>
    <message>
        <source>Decks folder…</source>
        <translation>Carpeta de presentaciones…</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>No se creó</translation>
    </message>
    <message>
        <source>{name} already exists in your decks folder; it is left as it is. Open it from the start screen.</source>
        <translation>{name} ya existe en su carpeta de presentaciones; se deja como está. Ábrala desde la pantalla de inicio.</translation>
    </message>
    <message>
        <source>“{code}” is not a language code. Use two letters, such as es or fr.</source>
        <translation>“{code}” no es un código de idioma. Use dos letras, como es o fr.</translation>
    </message>
    <message>
        <source>The edition could not be written ({error}).</source>
        <translation>No se pudo escribir la versión ({error}).</translation>
    </message>
    <message>
        <source>The new edition: every text marked “[translate]” is still to translate; the checks list each one.</source>
        <translation>La nueva versión: cada texto marcado con “[translate]” falta traducirlo; las revisiones muestran cada uno.</translation>
    </message>
    <message>
        <source>Tick at least one slide for the new deck.</source>
        <translation>Marque al menos una diapositiva para la nueva presentación.</translation>
    </message>
    <message>
        <source>The deck could not be written ({error}).</source>
        <translation>No se pudo escribir la presentación ({error}).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The deck could not be saved ({error}). Your edits are still here; try again, or free some disk space.</source>
        <translation>No se pudo guardar la presentación ({error}). Sus cambios siguen aquí; inténtelo de nuevo o libere espacio en el disco.</translation>
    </message>
    <message>
        <source>Saved as a draft beside the deck: fix the problems marked ✖, then save again to update the deck.</source>
        <translation>Se guardó como borrador junto a la presentación: corrija los problemas marcados con ✖ y vuelva a guardar para actualizar la presentación.</translation>
    </message>
    <message>
        <source>Saved before {when}</source>
        <translation>Versión guardada antes del {when}</translation>
    </message>
    <message>
        <source>No earlier versions yet</source>
        <translation>Todavía no hay versiones anteriores</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>That version can&apos;t be read ({error}).</source>
        <translation>Esa versión no se puede leer ({error}).</translation>
    </message>
    <message>
        <source>An earlier version is shown. Save to make it the deck again.</source>
        <translation>Se muestra una versión anterior. Guarde para que vuelva a ser la presentación actual.</translation>
    </message>
    <message>
        <source>No copy made</source>
        <translation>No se hizo la copia</translation>
    </message>
    <message>
        <source>Your decks folder can&apos;t be written ({error}).</source>
        <translation>No se puede guardar en su carpeta de presentaciones ({error}).</translation>
    </message>
    <message>
        <source>Your copy: {path}</source>
        <translation>Su copia: {path}</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Otra persona la cambió</translation>
    </message>
    <message>
        <source>{name} was changed on disk while it was open here. Load that version (your unsaved edits are dropped), or keep yours?</source>
        <translation>{name} se cambió en el disco mientras estaba abierta aquí. ¿Cargar esa versión (se descartan sus cambios sin guardar) o conservar la suya?</translation>
    </message>
    <message>
        <source>Load theirs</source>
        <translation>Cargar esa versión</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Unsaved edits found</source>
        <translation>Se encontraron cambios sin guardar</translation>
    </message>
    <message>
        <source>Edits to {name} that were not saved (the app closed unexpectedly) were kept. Get them back?</source>
        <translation>Se conservaron cambios en {name} que no se habían guardado (la aplicación se cerró de forma inesperada). ¿Quiere recuperarlos?</translation>
    </message>
    <message>
        <source>Get them back</source>
        <translation>Recuperarlos</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Descartarlos</translation>
    </message>
    <message>
        <source>Save your changes?</source>
        <translation>¿Guardar sus cambios?</translation>
    </message>
    <message>
        <source>{name} has changes that are not saved.</source>
        <translation>{name} tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>No guardar</translation>
    </message>
    <message>
        <source>Close without saving?</source>
        <translation>¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>Your changes to {name} will be lost.</source>
        <translation>Se perderán sus cambios en {name}.</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Write the term.</source>
        <translation>Escriba el término.</translation>
    </message>
    <message>
        <source>Write the reference&apos;s short key.</source>
        <translation>Escriba la clave corta de la referencia.</translation>
    </message>
    <message>
        <source>A term cannot contain . [ or ].</source>
        <translation>Un término no puede contener . [ ni ].</translation>
    </message>
    <message>
        <source>A key cannot contain . [ or ].</source>
        <translation>Una clave no puede contener . [ ni ].</translation>
    </message>
    <message>
        <source>“{key}” is already in the glossary.</source>
        <translation>“{key}” ya está en el glosario.</translation>
    </message>
    <message>
        <source>“{key}” is already in the references.</source>
        <translation>“{key}” ya está en las referencias.</translation>
    </message>
    <message>
        <source>Write its definition in plain words.</source>
        <translation>Escriba su definición en palabras sencillas.</translation>
    </message>
    <message>
        <source>Write the full citation.</source>
        <translation>Escriba la cita completa.</translation>
    </message>
    <message>
        <source>A new term and what it means</source>
        <translation>Un término nuevo y lo que significa</translation>
    </message>
    <message>
        <source>A new reference</source>
        <translation>Una referencia nueva</translation>
    </message>
    <message>
        <source>term</source>
        <translation>término</translation>
    </message>
    <message>
        <source>key, e.g. smith-2020</source>
        <translation>clave, p. ej. smith-2020</translation>
    </message>
    <message>
        <source>New term</source>
        <translation>Término nuevo</translation>
    </message>
    <message>
        <source>New reference key</source>
        <translation>Clave de la referencia nueva</translation>
    </message>
    <message>
        <source>its meaning in plain words</source>
        <translation>su significado en palabras sencillas</translation>
    </message>
    <message>
        <source>the full citation</source>
        <translation>la cita completa</translation>
    </message>
    <message>
        <source>New term&apos;s definition</source>
        <translation>Definición del término nuevo</translation>
    </message>
    <message>
        <source>New reference&apos;s citation</source>
        <translation>Cita de la referencia nueva</translation>
    </message>
    <message>
        <source>Add term</source>
        <translation>Agregar término</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation>Agregar referencia</translation>
    </message>
    <message>
        <source>Remove term</source>
        <translation>Quitar término</translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation>Quitar referencia</translation>
    </message>
    <message>
        <source>Remove the term “{key}”</source>
        <translation>Quitar el término “{key}”</translation>
    </message>
    <message>
        <source>Remove the reference “{key}”</source>
        <translation>Quitar la referencia “{key}”</translation>
    </message>
    <message>
        <source>slide {number} “{title}”</source>
        <translation>la diapositiva {number} “{title}”</translation>
    </message>
    <message>
        <source>“{key}” is still cited on {slides}. Untick it on those slides first, then remove it.</source>
        <translation>“{key}” todavía se cita en {slides}. Primero desmárquela en esas diapositivas y luego quítela.</translation>
    </message>
    <message>
        <source>about {count} min left</source>
        <translation>faltan aprox. {count} min</translation>
    </message>
    <message>
        <source>Prepare for presenting (sharp)</source>
        <translation>Preparar para presentar (videos nítidos)</translation>
    </message>
    <message>
        <source>Makes the sharp (1080p) videos of the decks you tick, in the background: you can keep using the app, or close this window. Slides that already have them are skipped.</source>
        <translation>Prepara los videos nítidos (1080p) de los mazos que marque, en segundo plano: puede seguir usando la aplicación o cerrar esta ventana. Las diapositivas que ya los tienen se omiten.</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <source>{missing} of {count} slides to make</source>
        <translation>faltan {missing} de {count} diapositivas</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>Every deck already has its sharp videos.</source>
        <translation>Todos los mazos ya tienen sus videos nítidos.</translation>
    </message>
    <message>
        <source>Preparing sharp videos…</source>
        <translation>Preparando los videos nítidos…</translation>
    </message>
    <message>
        <source>Preparing sharp videos: {percent}%</source>
        <translation>Preparando los videos nítidos: {percent}%</translation>
    </message>
    <message>
        <source>Every slide and step</source>
        <translation>Todas las diapositivas y pasos</translation>
    </message>
    <message>
        <source>Arrows and Enter, or a click: go there.  Esc or Tab: close.</source>
        <translation>Flechas e Intro, o un clic: ir allí.  Esc o Tab: cerrar.</translation>
    </message>
    <message>
        <source>Pause or play the animation (K)</source>
        <translation>Pausar o seguir la animación (K)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Waiting-room video (one looping MP4)</source>
        <translation>Video para la sala de espera (un MP4 que se repite)</translation>
    </message>
    <message>
        <source>A video for each slide, with a playlist</source>
        <translation>Un video por diapositiva, con una lista de reproducción</translation>
    </message>
    <message>
        <source>Web page to take home (works without internet)</source>
        <translation>Página web para llevar a casa (funciona sin internet)</translation>
    </message>
    <message>
        <source>Handout to print (PDF)</source>
        <translation>Folleto para imprimir (PDF)</translation>
    </message>
    <message>
        <source>Pictures of every step (PNG)</source>
        <translation>Imágenes de cada paso (PNG)</translation>
    </message>
    <message>
        <source>Content pack (present on other computers without rendering)</source>
        <translation>Paquete de contenido (para presentar en otras computadoras sin preparar las animaciones)</translation>
    </message>
    <message>
        <source>All slides (or, for example, 1,3 or 2-3)</source>
        <translation>Todas las diapositivas (o, por ejemplo, 1,3 o 2-3)</translation>
    </message>
    <message>
        <source>SRT</source>
        <translation>SRT</translation>
    </message>
    <message>
        <source>WebVTT</source>
        <translation>WebVTT</translation>
    </message>
    <message>
        <source>The deck&apos;s own closing message</source>
        <translation>El mensaje de cierre de la presentación</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Sharp (1080p renders)</source>
        <translation>Nítida (animaciones en 1080p)</translation>
    </message>
    <message>
        <source>Quick look (preview renders)</source>
        <translation>Vista rápida (animaciones de vista previa)</translation>
    </message>
    <message>
        <source>Standard (1080p, no sound track)</source>
        <translation>Estándar (1080p, sin pista de sonido)</translation>
    </message>
    <message>
        <source>With a silent sound track (for players that need one)</source>
        <translation>Con una pista de sonido en silencio (para los reproductores que la necesitan)</translation>
    </message>
    <message>
        <source>720p (older players and small TVs)</source>
        <translation>720p (reproductores antiguos y televisores pequeños)</translation>
    </message>
    <message>
        <source>Every language</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>Only {0}</source>
        <translation>Solo {0}</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Diapositivas</translation>
    </message>
    <message>
        <source>Caption files</source>
        <translation>Archivos de subtítulos</translation>
    </message>
    <message>
        <source>Closing message</source>
        <translation>Mensaje de cierre</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Save into this folder</source>
        <translation>Guardar en esta carpeta</translation>
    </message>
    <message>
        <source>Choose where to save the export first.</source>
        <translation>Primero elija dónde guardar lo que va a exportar.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping… the unfinished files are being removed.</source>
        <translation>Deteniendo… se están borrando los archivos sin terminar.</translation>
    </message>
    <message>
        <source>Rendering the slides that are missing: {0}%</source>
        <translation>Preparando las diapositivas que faltan: {0}%</translation>
    </message>
    <message>
        <source>Writing: {0}%</source>
        <translation>Guardando: {0}%</translation>
    </message>
    <message>
        <source>about {0} min left</source>
        <translation>faltan aprox. {0} min</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>falta menos de un minuto</translation>
    </message>
    <message>
        <source>Done: {0}</source>
        <translation>Listo: {0}</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>Detenido. No se guardó nada.</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>La exportación no terminó.</translation>
    </message>
</context>
<context>
    <name>StartActions</name>
    <message>
        <source>Open a pack…</source>
        <translation>Abrir un paquete…</translation>
    </message>
    <message>
        <source>Prepare for presenting (sharp)</source>
        <translation>Preparar para presentar (videos nítidos)</translation>
    </message>
    <message>
        <source>Clean up</source>
        <translation>Liberar espacio</translation>
    </message>
    <message>
        <source>Saved renders: {0}</source>
        <translation>Animaciones guardadas: {0}</translation>
    </message>
    <message>
        <source>Nothing to clean up</source>
        <translation>No hay nada que borrar</translation>
    </message>
    <message>
        <source>Every saved render is in use by a deck.</source>
        <translation>Todas las animaciones guardadas se usan en alguna presentación.</translation>
    </message>
    <message>
        <source>Clean up saved renders?</source>
        <translation>¿Borrar las animaciones guardadas que no se usan?</translation>
    </message>
    <message>
        <source>This removes the saved renders no deck uses any more: {0} of them ({1}). Each slide keeps its last good render.</source>
        <translation>Esto borra las animaciones guardadas que ya no usa ninguna presentación: {0} en total ({1}). Cada diapositiva conserva su última animación correcta.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Renders removed: {0} ({1} freed).</source>
        <translation>Animaciones borradas: {0} (se liberaron {1}).</translation>
    </message>
    <message>
        <source>Open a content pack</source>
        <translation>Abrir un paquete de contenido</translation>
    </message>
    <message>
        <source>Content packs (*{0})</source>
        <translation>Paquetes de contenido (*{0})</translation>
    </message>
    <message>
        <source>This pack cannot be opened</source>
        <translation>Este paquete no se puede abrir</translation>
    </message>
    <message>
        <source>Present this pack, or keep it?</source>
        <translation>¿Presentar este paquete o guardarlo?</translation>
    </message>
    <message>
        <source>{0} is checked and ready. Present it now, or add it to the library: it is then a card here, like the built-in decks, until you remove it (More, then Remove).</source>
        <translation>{0} está revisado y listo. Preséntelo ahora o añádalo a la biblioteca: entonces aparece aquí como una tarjeta, igual que los mazos incluidos, hasta que lo quite (Más, luego Quitar).</translation>
    </message>
    <message>
        <source>Present now</source>
        <translation>Presentar ahora</translation>
    </message>
    <message>
        <source>Add to the library</source>
        <translation>Añadir a la biblioteca</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Replace the pack in the library?</source>
        <translation>¿Reemplazar el paquete de la biblioteca?</translation>
    </message>
    <message>
        <source>The library already has a pack of this deck ({0}). Replace it with {1}? The slides you present from it then come from the new pack.</source>
        <translation>La biblioteca ya tiene un paquete de este mazo ({0}). ¿Reemplazarlo por {1}? Las diapositivas que presente saldrán entonces del paquete nuevo.</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Reemplazarlo</translation>
    </message>
    <message>
        <source>Keep the one there</source>
        <translation>Conservar el que está</translation>
    </message>
    <message>
        <source>The pack could not be added</source>
        <translation>No se pudo añadir el paquete</translation>
    </message>
    <message>
        <source>It could not be copied into {0} ({1}). Check the disk.</source>
        <translation>No se pudo copiar en {0} ({1}). Revise el disco.</translation>
    </message>
    <message>
        <source>Added to the library: {0}.</source>
        <translation>Añadido a la biblioteca: {0}.</translation>
    </message>
    <message>
        <source>Remove this pack from the library?</source>
        <translation>¿Quitar este paquete de la biblioteca?</translation>
    </message>
    <message>
        <source>{0} ({1}) is no longer shown here. The pack&apos;s file where you got it from is not touched.</source>
        <translation>{0} ({1}) deja de aparecer aquí. El archivo del paquete, donde lo obtuvo, no se toca.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <source>Removed from the library: {0}.</source>
        <translation>Quitado de la biblioteca: {0}.</translation>
    </message>
    <message>
        <source>Stop preparing</source>
        <translation>Dejar de preparar</translation>
    </message>
    <message>
        <source>Preparing sharp videos…</source>
        <translation>Preparando los videos nítidos…</translation>
    </message>
    <message>
        <source>Preparing sharp videos: {0}%</source>
        <translation>Preparando los videos nítidos: {0}%</translation>
    </message>
    <message>
        <source>Ready: every slide chosen has its sharp video.</source>
        <translation>Listo: cada diapositiva elegida tiene su video nítido.</translation>
    </message>
    <message>
        <source>Stopped. Finished videos are kept.</source>
        <translation>Detenido. Se conservan los videos terminados.</translation>
    </message>
    <message>
        <source>Some slides could not be prepared.</source>
        <translation>Algunas diapositivas no se pudieron preparar.</translation>
    </message>
    <message>
        <source>Some slides could not be prepared</source>
        <translation>Algunas diapositivas no se pudieron preparar</translation>
    </message>
</context>
</TS>
